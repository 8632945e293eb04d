import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '../../http/read-models';
import type { TicketRevocationView, TicketRevocationsView } from '../checkin.views';
import { doorEvent, issuedBookings } from '../door-access';
import { TicketRevocationsQuery } from './ticket-revocations.query';

/** What scanners sync beside the keys: every revoked ticket code of the event (cancelled bookings' tickets). */
@QueryHandler(TicketRevocationsQuery)
export class TicketRevocationsHandler implements IQueryHandler<TicketRevocationsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer } }: TicketRevocationsQuery): Promise<TicketRevocationsView> {
    const event = await doorEvent(this.readModels, eventId, viewer);
    const revocations: TicketRevocationView[] = [];
    for (const booking of await issuedBookings(this.readModels, event._id)) {
      for (const { ticketId, revoked } of booking.tickets) {
        if (revoked) revocations.push({ ticketId, reissue: revoked.reissue, reason: revoked.reason, at: revoked.at });
      }
    }
    return { eventId: event._id, revocations: revocations.sort((a, b) => a.at.localeCompare(b.at)) };
  }
}
