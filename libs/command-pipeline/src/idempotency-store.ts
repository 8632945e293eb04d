import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { type EventStore, WrongExpectedRevisionError } from '@booking/event-store';

export type RecordedResponse = Readonly<{ requestHash: string; status: number; body: unknown }>;

export const IDEMPOTENCY_CATEGORY = 'idempotency';
export const RESPONSE_RECORDED = 'CommandResponseRecorded';
/** uuid v5 namespace of the ids keyed commands derive (a fixed random uuid). */
const ID_NAMESPACE = '6f1d3c52-8a4e-4b0f-9a57-2d8c1e4b7a90';

/**
 * Remembers the first response to each Idempotency-Key, in the event store itself: one stream
 * per (caller, key), appended with no_stream, so two processes cannot both record a first answer.
 * The record is a second write after the command's own append; what makes the pair safe is the
 * tag the command's events carry (see KeyedCommands): a retry after a crash in between replays
 * the first outcome from the stream and records it then.
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

  /**
   * What a keyed command carries into its events' metadata: the caller, the key and the request,
   * so only the same request by the same caller counts as a retry.
   */
  static tag(scope: string, key: string, requestHash: string): string {
    return createHash('sha256').update(`${scope}\u0000${key}\u0000${requestHash}`).digest('hex').slice(0, 40);
  }

  /**
   * An id a keyed command mints (a new event's, a hold's) derived from its tag: a retry names the
   * same stream and the same entity as the first attempt did, so it meets the first outcome there.
   */
  static derivedId(tag: string, purpose: string): string {
    return uuidv5(`${tag}:${purpose}`, ID_NAMESPACE);
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
