import { Inject, Injectable } from '@nestjs/common';
import { type SeatsHeld, parseSeatId } from '@booking/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
import { MAILER, MailRenderer, type Mailer } from '@booking/mailer';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import {
  type AccountDoc,
  type CatalogEventDoc,
  READ_MODEL_DIRECTORY,
  type ReadModelDirectory,
  accountsProjection,
  catalogEventsProjection,
} from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { MailingPolicy } from './mailing-policy';

export const WAITLIST_OFFER_TEMPLATE = 'waitlist-offer';

const seatName = (seatId: string) => {
  const { sectionId, row, number } = parseSeatId(seatId);
  return `Section ${sectionId} · Row ${row} · Seat ${number}`;
};

/**
 * Process manager: mails the person a waitlist offer is for (SeatsHeld with a waitlistEntryId):
 * how many places, which seats, and until when they are held. Once per offer, however often this
 * runs (claimed in the NotificationLedger under `waitlist-offer:<entry id>`); an offer already
 * over when this runs (a replay long after) is not mailed.
 */
@Injectable()
export class WaitlistOfferMail extends MailingPolicy {
  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly renderer: MailRenderer,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) ids: IdGenerator,
  ) {
    super(
      { store, readStore, clock, ids },
      { name: 'waitlist-offer-mail', logger: 'WaitlistOfferMail', eventTypes: ['SeatsHeld'] },
    );
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type !== 'SeatsHeld') return;
    const offer = event.data as SeatsHeld['data'];
    if (!offer.waitlistEntryId) return;
    if (Date.parse(offer.expiresAt) <= this.clock.now().getTime()) return; // over already: nothing to take up
    const names = [accountsProjection.name, catalogEventsProjection.name];
    if (!(await this.directory.waitFor(event.position, 10_000, names)))
      throw new Error('the accounts and catalog read models are behind the waitlist offer');
    const account = await this.findOne<AccountDoc>(accountsProjection.name, offer.holderId);
    const catalog = await this.findOne<CatalogEventDoc>(catalogEventsProjection.name, offer.eventId);
    if (!account || !catalog) {
      this.logger.warn({ holderId: offer.holderId, eventId: offer.eventId }, 'waitlist offer with nobody to mail');
      return;
    }
    const claim = await this.ledger.claim(
      {
        sourceEventId: `waitlist-offer:${offer.waitlistEntryId}`,
        recipientId: offer.holderId,
        template: WAITLIST_OFFER_TEMPLATE,
        eventId: offer.eventId,
      },
      event,
    );
    if (!claim) return; // mailed already
    try {
      const mail = this.renderer.render(WAITLIST_OFFER_TEMPLATE, {
        displayName: account.displayName,
        eventTitle: catalog.title,
        timeZone: catalog.timeZone ?? 'UTC',
        quantity: offer.quantity,
        seats: (offer.seatIds ?? []).map(seatName),
        expiresAt: offer.expiresAt,
      });
      await this.mailer.send({
        to: account.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        template: WAITLIST_OFFER_TEMPLATE,
      });
    } catch (error) {
      this.logger.error({ err: error, entryId: offer.waitlistEntryId }, 'waitlist offer mail not sent');
      await this.ledger.failed(claim, error instanceof Error ? error.message : String(error), event);
      throw error;
    }
  }

  private async findOne<T extends { _id: string }>(projection: string, id: string): Promise<T | null> {
    const name = await this.directory.collectionName(projection);
    if (!name) return null;
    return this.readStore.collection<T>(name).findOne({ _id: id } as never);
  }
}
