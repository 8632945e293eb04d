import { createHash } from 'node:crypto';
import { type EventStore, type RecordedEvent, WrongExpectedRevisionError } from '@booking/event-store';

export const NOTIFICATION_CATEGORY = 'notification';
export const HOLDER_NOTIFIED = 'HolderNotified';
export const HOLDER_NOTIFICATION_FAILED = 'HolderNotificationFailed';
/** Sends tried per (source event, recipient); a failure is retried when the policy replays, up to this. */
export const MAX_ATTEMPTS = 3;

export type NotificationRecord = Readonly<{
  /** What the mail is about: the id of the event that caused it, or a key like `cancellation:<eventId>`. */
  sourceEventId: string;
  recipientId: string;
  template: string;
  eventId: string;
}>;
export type Claim = Readonly<{ stream: string; revision: bigint; record: NotificationRecord }>;

/**
 * Makes each notification go out at most once however often the policy runs (a restart replays
 * it from the start of the log; several projectors may run it at once). Before sending, the sender
 * claims the pair (source event, recipient) by appending HolderNotified to a stream of its own with
 * `no_stream`: only one claim can win, in the event store itself. A failed send is recorded after
 * the claim, so a later run may try again (with the exact revision: again only one wins).
 */
export class NotificationLedger {
  constructor(
    private readonly store: EventStore,
    private readonly now: () => Date,
    private readonly nextId: () => string,
    /** The system actor its records name: the process manager that mails. */
    private readonly actor = 'system:holder-notifications',
  ) {}

  static stream(sourceEventId: string, recipientId: string): string {
    const key = createHash('sha256').update(`${sourceEventId}\u0000${recipientId}`).digest('hex').slice(0, 40);
    return `${NOTIFICATION_CATEGORY}-${key}`;
  }

  /** The claim to send, or undefined when it was sent (or is being sent) already. */
  async claim(record: NotificationRecord, cause: RecordedEvent): Promise<Claim | undefined> {
    const stream = NotificationLedger.stream(record.sourceEventId, record.recipientId);
    const history = await this.store.readStream(stream);
    const last = history.at(-1);
    const attempts = history.filter((e) => e.type === HOLDER_NOTIFIED).length;
    if (last && (last.type !== HOLDER_NOTIFICATION_FAILED || attempts >= MAX_ATTEMPTS)) return undefined;
    try {
      const appended = await this.store.append(
        stream,
        [
          {
            id: this.nextId(),
            type: HOLDER_NOTIFIED,
            data: { ...record, attempt: attempts + 1 },
            metadata: this.metadata(cause),
          },
        ],
        last ? last.revision : 'no_stream',
      );
      return { stream, revision: appended.nextRevision, record };
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) return undefined; // another run claimed it first
      throw error;
    }
  }

  async failed(claim: Claim, reason: string, cause: RecordedEvent): Promise<void> {
    await this.store.append(
      claim.stream,
      [
        {
          id: this.nextId(),
          type: HOLDER_NOTIFICATION_FAILED,
          data: { ...claim.record, reason: reason.slice(0, 500) },
          metadata: this.metadata(cause),
        },
      ],
      claim.revision,
    );
  }

  private metadata(cause: RecordedEvent) {
    return {
      correlationId: cause.metadata.correlationId,
      causationId: cause.id,
      actor: this.actor,
      schemaVersion: 1,
      occurredAt: this.now().toISOString(),
    };
  }
}
