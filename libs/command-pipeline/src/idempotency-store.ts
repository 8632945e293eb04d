import { createHash } from 'node:crypto';
import { type EventStore, WrongExpectedRevisionError } from '@booking/event-store';

export type RecordedResponse = Readonly<{ requestHash: string; status: number; body: unknown }>;

export const IDEMPOTENCY_CATEGORY = 'idempotency';
export const RESPONSE_RECORDED = 'CommandResponseRecorded';

/**
 * Remembers the first response to each Idempotency-Key, in the event store itself: one stream
 * per (caller, key), appended with no_stream, so two processes cannot both record a first answer.
 */
export class IdempotencyStore {
  constructor(
    private readonly store: EventStore,
    private readonly now: () => Date,
  ) {}

  /** A raw body (an image upload) is hashed as bytes; a JSON body by its serialization. */
  static requestHash(method: string, path: string, body: unknown): string {
    const hash = createHash('sha256').update(`${method} ${path} `);
    if (Buffer.isBuffer(body)) hash.update('bytes:').update(body);
    else hash.update(JSON.stringify(body ?? null));
    return hash.digest('base64url');
  }

  private stream(scope: string, key: string): string {
    return `${IDEMPOTENCY_CATEGORY}-${createHash('sha256').update(`${scope}\u0000${key}`).digest('hex').slice(0, 40)}`;
  }

  async find(scope: string, key: string): Promise<RecordedResponse | undefined> {
    const [first] = await this.store.readStream(this.stream(scope, key), { maxCount: 1 });
    return first?.data as RecordedResponse | undefined;
  }

  /** Returns the response that was recorded first (ours, or a concurrent winner's). */
  async save(
    scope: string,
    key: string,
    response: RecordedResponse,
    correlationId: string,
    id: string,
  ): Promise<RecordedResponse> {
    try {
      await this.store.append(
        this.stream(scope, key),
        [
          {
            id,
            type: RESPONSE_RECORDED,
            data: response,
            metadata: {
              correlationId,
              causationId: correlationId,
              actor: scope,
              schemaVersion: 1,
              occurredAt: this.now().toISOString(),
            },
          },
        ],
        'no_stream',
      );
      return response;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return (await this.find(scope, key)) ?? response;
      throw error;
    }
  }
}
