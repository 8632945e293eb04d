import { ProblemException, problem } from '@booking/platform';

/**
 * Where a page of the caller's holds ended: the active holds come first (soonest expiry first),
 * then those the platform cancelled (latest first); ties go by hold id. A cursor names the last
 * hold shown by its sort key, not by an offset, so holds that expire or are taken between two
 * pages shift nothing: no hold is shown twice or skipped.
 */
export type HoldsCursor = Readonly<{ group: 'active' | 'cancelled'; key: string; id: string }>;

/**
 * `group~key~id`: readable, and exactly described by CURSOR_PATTERN (which the query's DTO and the
 * OpenAPI document carry), so any string the pattern admits decodes: a well-formed cursor never
 * answers 400, whatever page it names.
 */
export const CURSOR_PATTERN =
  /^(active|cancelled)~(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)?~[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const encodeCursor = (cursor: HoldsCursor): string => `${cursor.group}~${cursor.key}~${cursor.id}`;

export function decodeCursor(raw: string): HoldsCursor {
  if (CURSOR_PATTERN.test(raw)) {
    const [group, key, id] = raw.split('~') as ['active' | 'cancelled', string, string];
    return { group, key, id };
  }
  throw new ProblemException(
    problem(400, 'bad-cursor', 'Bad Request', 'cursor must be the nextCursor of an earlier page of /api/me/holds', {
      errors: [{ field: 'cursor', message: 'not a cursor this API gave out' }],
    }),
  );
}
