import { ProblemException, problem } from '@booking/platform';

/**
 * Where a page of the caller's holds ended: the active holds come first (soonest expiry first),
 * then those the platform cancelled (latest first); ties go by hold id. A cursor names the last
 * hold shown by its sort key, not by an offset, so holds that expire or are taken between two
 * pages shift nothing: no hold is shown twice or skipped.
 */
export type HoldsCursor = Readonly<{ group: 'active' | 'cancelled'; key: string; id: string }>;

export const encodeCursor = (cursor: HoldsCursor): string =>
  Buffer.from(JSON.stringify([cursor.group, cursor.key, cursor.id])).toString('base64url');

export function decodeCursor(raw: string): HoldsCursor {
  try {
    const [group, key, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if ((group === 'active' || group === 'cancelled') && typeof key === 'string' && typeof id === 'string') {
      return { group, key, id };
    }
  } catch {
    // reported below
  }
  throw new ProblemException(
    problem(400, 'bad-cursor', 'Bad Request', 'cursor must be the nextCursor of an earlier page of /api/me/holds', {
      errors: [{ field: 'cursor', message: 'not a cursor this API gave out' }],
    }),
  );
}
