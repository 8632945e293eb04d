import { Inject, Injectable } from '@nestjs/common';
import { catalogModel, toDomainEvents } from '@booking/command-pipeline';
import {
  type CatalogEvent,
  type GroupBookingApproved,
  type GroupBookingDeclined,
  type GroupBookingRequested,
  fold,
  groupRequestStream,
} from '@booking/domain';
import { ERASED, EVENT_STORE, type EventStore, type RecordedEvent } from '@booking/event-store';
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

/**
 * Process manager: mails the event's organizer when an attendee asks for a group booking
 * (GroupBookingRequested), and the requester when it is approved or declined. One mail per event
 * however often the feed re-runs (claimed in the NotificationLedger, keyed by the source event's
 * id). Addresses and names come from the accounts read model; the event's title from its stream.
 */
@Injectable()
export class GroupRequestMails extends MailingPolicy {
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
        name: 'group-request-mails',
        logger: 'GroupRequestMails',
        eventTypes: ['GroupBookingRequested', 'GroupBookingApproved', 'GroupBookingDeclined'],
      },
    );
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (event.type === 'GroupBookingRequested') {
      const data = event.data as GroupBookingRequested['data'];
      const requester = await this.account(event, data.requesterId);
      return this.send(event, data.organizerId, data.eventId, 'group-request-received', async (displayName) => ({
        displayName,
        eventId: data.eventId,
        eventTitle: await this.title(data.eventId),
        requesterName: requester && requester.displayName !== ERASED ? requester.displayName : 'An attendee',
        quantity: data.quantity,
        maxPerOrder: data.maxPerOrder,
        message: data.message === ERASED ? '' : data.message,
      }));
    }
    if (event.type === 'GroupBookingApproved' || event.type === 'GroupBookingDeclined') {
      const data = event.data as GroupBookingApproved['data'] | GroupBookingDeclined['data'];
      const approved = event.type === 'GroupBookingApproved';
      const quantity = await this.quantity(data.requestId);
      return this.send(event, data.requesterId, data.eventId, 'group-request-decided', async (displayName) => ({
        displayName,
        eventId: data.eventId,
        eventTitle: await this.title(data.eventId),
        quantity,
        approved,
        reason: data.reason,
        ...('validUntil' in data ? { validUntil: data.validUntil } : {}),
      }));
    }
  }

  private async send<N extends MailTemplateName>(
    source: RecordedEvent,
    recipientId: string,
    eventId: string,
    template: N,
    data: (displayName: string) => Promise<MailTemplateData[N]>,
  ): Promise<void> {
    const account = await this.account(source, recipientId);
    if (!account || account.email === ERASED) {
      this.logger.warn({ recipientId, eventId, template }, 'nobody to mail');
      return;
    }
    const claim = await this.ledger.claim({ sourceEventId: source.id, recipientId, template, eventId }, source);
    if (!claim) return; // mailed already
    try {
      const mail = this.renderer.render(template, await data(account.displayName));
      await this.mailer.send({ to: account.email, subject: mail.subject, text: mail.text, html: mail.html, template });
    } catch (error) {
      this.logger.error({ err: error, recipientId, eventId, template }, 'group request mail not sent');
      await this.ledger.failed(claim, error instanceof Error ? error.message : String(error), source);
      throw error; // the feed retries; the ledger allows a few sends
    }
  }

  /** The account, once the accounts read model has seen everything up to the source event. */
  private async account(source: RecordedEvent, userId: string): Promise<AccountDoc | null> {
    if (!(await this.directory.waitFor(source.position, 10_000, [accountsProjection.name])))
      throw new Error('the accounts read model is behind the group request to mail about');
    const name = await this.directory.collectionName(accountsProjection.name);
    if (!name) throw new Error('the accounts read model is not built yet');
    return this.readStore.collection<AccountDoc>(name).findOne({ _id: userId });
  }

  private async title(eventId: string): Promise<string> {
    const recorded = await this.store.readStream(`${catalogModel.category}-${eventId}`);
    const catalog = fold(catalogModel.decider, toDomainEvents<CatalogEvent>(catalogModel.schema, recorded));
    return catalog.status === 'none' ? '' : (catalog.details.title ?? '');
  }

  /** The size asked for, from the request's first event. */
  private async quantity(requestId: string): Promise<number> {
    const [first] = await this.store.readStream(groupRequestStream(requestId));
    return first?.type === 'GroupBookingRequested' ? (first.data as GroupBookingRequested['data']).quantity : 0;
  }
}
