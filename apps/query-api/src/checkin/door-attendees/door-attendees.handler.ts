import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '../../http/read-models';
import type { DoorAttendeesView } from '../checkin.views';
import { doorEvent, issuedBookings } from '../door-access';
import { DoorAttendeesQuery } from './door-attendees.query';
import { searchAttendees } from './search-attendees';

/** The door's search: tickets by attendee or buyer name, or booking number, with their check-in state. */
@QueryHandler(DoorAttendeesQuery)
export class DoorAttendeesHandler implements IQueryHandler<DoorAttendeesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { eventId, viewer, q } }: DoorAttendeesQuery): Promise<DoorAttendeesView> {
    const event = await doorEvent(this.readModels, eventId, viewer);
    const bookings = await issuedBookings(this.readModels, event._id);
    return { eventId: event._id, attendees: searchAttendees(event, bookings, q ?? '') };
  }
}
