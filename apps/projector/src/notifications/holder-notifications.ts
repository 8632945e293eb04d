import { Inject, Injectable } from '@nestjs/common';
import { catalogModel, inventoryModel, toDomainEvents } from '@booking/command-pipeline';
import {
  type CatalogEvent,
  type CatalogState,
  type EventDetails,
  type EventDetailsUpdated,
  type HoldCancelled,
  type InventoryClosed,
  type InventoryEvent,
  fold,
  inventoryPartitionId,
  partitionsOf,
} from '@booking/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { MAILER, MailRenderer, type Mailer, type MailTemplateData, type MailTemplateName } from '@booking/mailer';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import {
  type AccountDoc,
  READ_MODEL_DIRECTORY,
  type ReadModelDirectory,
  accountsProjection,
} from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { MailingPolicy } from './mailing-policy';

type Existing = Exclude<CatalogState, { status: 'none' }>;
type Recipient = { holderId: string; seats: number };

/**
 * Process manager: tells holders by mail what happened to the event they hold seats for.
 * - EventDetailsUpdated with `buyerFacing` (time or venue of a published event moved): every
 *   holder of a hold active at that moment gets one mail, old → new.
 * - InventoryClosed (the event was cancelled): every holder whose holds were cancelled gets one
 *   mail with the reason.
 * Who is told is decided from the log as of the source event (never from "now"), so a replay
 * finds the same people; the NotificationLedger makes sure each of them is mailed once.
 */
@Injectable()
export class HolderNotifications extends MailingPolicy {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly renderer: MailRenderer,
    @Inject(CLOCK) clock: Clock,
    @Inject(ID_GENERATOR) ids: IdGenerator,
  ) {
    super(
      { store, readStore, clock, ids },
      {
        name: 'holder-notifications',
        logger: 'HolderNotifications',
        eventTypes: ['EventDetailsUpdated', 'InventoryClosed'],
      },
    );
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type === 'EventDetailsUpdated')
      return this.detailsUpdated(event as RecordedEvent<EventDetailsUpdated['data']>);
    if (event.type === 'InventoryClosed') return this.salesClosed(event as RecordedEvent<InventoryClosed['data']>);
  }

  private async detailsUpdated(event: RecordedEvent<EventDetailsUpdated['data']>): Promise<void> {
    if (!event.data.buyerFacing) return;
    const { eventId, changes } = event.data;
    const history = await this.catalogHistory(eventId);
    const before = fold(
      catalogModel.decider,
      history.filter((e) => e.revision < event.revision).map((e) => e.event),
    );
    const after = fold(
      catalogModel.decider,
      history.filter((e) => e.revision <= event.revision).map((e) => e.event),
    );
    if (before.status === 'none' || after.status === 'none') return;
    const holders = await this.holdersAt(after, event);
    const mailChanges = describeChanges(before.details, after.details, changes);
    if (Object.keys(mailChanges).length === 0) return;
    await this.notifyAll({ event, key: event.id }, eventId, holders, 'event-changed', (displayName) => ({
      displayName,
      eventId,
      eventTitle: after.details.title ?? '',
      timeZone: after.details.timeZone ?? 'UTC',
      changes: mailChanges,
    }));
  }

  /**
   * Once every partition of the event has closed (one InventoryClosed each), one mail per holder
   * covering all their cancelled holds. Earlier closures of the same cancellation wait for the last.
   */
  private async salesClosed(event: RecordedEvent<InventoryClosed['data']>): Promise<void> {
    const { eventId, reason } = event.data;
    const catalog = fold(
      catalogModel.decider,
      (await this.catalogHistory(eventId)).map((e) => e.event),
    );
    if (catalog.status === 'none') return;
    const seats = new Map<string, number>();
    for (const stream of partitionStreams(catalog)) {
      const recorded = await this.store.readStream(stream);
      const state = fold(inventoryModel.decider, toDomainEvents<InventoryEvent>(inventoryModel.schema, recorded));
      if (state.status === 'open') return; // still closing: the last InventoryClosed mails everyone
      for (const e of recorded) {
        if (e.type !== 'HoldCancelled') continue;
        const { holderId, quantity } = e.data as HoldCancelled['data'];
        seats.set(holderId, (seats.get(holderId) ?? 0) + quantity);
      }
    }
    if (seats.size === 0) return;
    const holders = [...seats].map(([holderId, count]) => ({ holderId, seats: count }));
    // One key per cancellation (an event is cancelled once), whichever partition's closure sends it.
    const source = { event, key: `cancellation:${eventId}` };
    await this.notifyAll(source, eventId, holders, 'event-cancelled', (displayName, recipient) => ({
      displayName,
      eventTitle: catalog.details.title ?? '',
      startsAt: catalog.startsAt,
      timeZone: catalog.details.timeZone ?? 'UTC',
      reason,
      seats: recipient.seats,
    }));
  }

  /** One mail per recipient, each claimed in the ledger first; failures are retried by the feed. */
  private async notifyAll<N extends MailTemplateName>(
    { event: source, key }: { event: RecordedEvent; key: string },
    eventId: string,
    recipients: Recipient[],
    template: N,
    data: (displayName: string, recipient: Recipient) => MailTemplateData[N],
  ): Promise<void> {
    if (recipients.length === 0) return;
    // Addresses come from the accounts read model: wait until it (only it) has seen everything up to the source.
    if (!(await this.directory.waitFor(source.position, 10_000, [accountsProjection.name])))
      throw new Error('the accounts read model is behind the event to notify about');
    const accountsName = await this.directory.collectionName(accountsProjection.name);
    if (!accountsName) throw new Error('the accounts read model is not built yet');
    const accounts = this.readStore.collection<AccountDoc>(accountsName);
    let failures = 0;
    for (const recipient of recipients) {
      const account = await accounts.findOne({ _id: recipient.holderId });
      if (!account) {
        this.logger.warn({ holderId: recipient.holderId, eventId }, 'holder has no account to mail');
        continue;
      }
      const claim = await this.ledger.claim(
        { sourceEventId: key, recipientId: recipient.holderId, template, eventId },
        source,
      );
      if (!claim) continue; // told already
      try {
        const mail = this.renderer.render(template, data(account.displayName, recipient));
        await this.mailer.send({
          to: account.email,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          template,
        });
      } catch (error) {
        failures += 1;
        this.logger.error({ err: error, holderId: recipient.holderId, eventId, template }, 'holder mail not sent');
        await this.ledger.failed(claim, error instanceof Error ? error.message : String(error), source);
      }
    }
    if (failures > 0) throw new Error(`${failures} holder mail(s) about ${eventId} failed`);
  }

  private async catalogHistory(eventId: string): Promise<{ revision: bigint; event: CatalogEvent }[]> {
    const recorded = await this.store.readStream(`${catalogModel.category}-${eventId}`);
    const events = toDomainEvents<CatalogEvent>(catalogModel.schema, recorded);
    return recorded.map((r, i) => ({ revision: r.revision, event: events[i] }));
  }

  /** Holders of holds active when `at` happened, with their seats (summed over their holds and sections). */
  private async holdersAt(catalog: Existing, at: RecordedEvent): Promise<Recipient[]> {
    const moment = Date.parse(at.metadata.occurredAt);
    const seats = new Map<string, number>();
    for (const stream of partitionStreams(catalog)) {
      const recorded = (await this.store.readStream(stream)).filter((e) => e.position < at.position);
      const state = fold(inventoryModel.decider, toDomainEvents<InventoryEvent>(inventoryModel.schema, recorded));
      for (const hold of state.holds.values()) {
        if (hold.expiresAt > moment) seats.set(hold.holderId, (seats.get(hold.holderId) ?? 0) + hold.quantity);
      }
    }
    return [...seats].map(([holderId, count]) => ({ holderId, seats: count }));
  }
}

/** Every inventory stream the event may have: the whole-event one, and one per section of its plans. */
function partitionStreams(catalog: Existing): string[] {
  const ids = new Set([
    catalog.eventId,
    ...partitionsOf(catalog).map((p) => inventoryPartitionId(catalog.eventId, p.sectionId)),
  ]);
  return [...ids].map((id) => `${inventoryModel.category}-${id}`);
}

/** What the mail says moved: start, end and venue, each with its value before the edit. */
function describeChanges(
  before: Existing['details'],
  after: Existing['details'],
  changes: EventDetails,
): MailTemplateData['event-changed']['changes'] {
  const out: {
    -readonly [
      K in keyof MailTemplateData['event-changed']['changes']
    ]: MailTemplateData['event-changed']['changes'][K];
  } = {};
  if (changes.startsAt && before.startsAt && after.startsAt)
    out.startsAt = { before: before.startsAt, after: after.startsAt };
  if (changes.endsAt) out.endsAt = { before: before.endsAt, after: after.endsAt };
  if (changes.venue && before.venue && after.venue) out.venue = { before: before.venue, after: after.venue };
  return out;
}
