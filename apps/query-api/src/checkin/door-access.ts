import { NotFoundException } from '@nestjs/common';
import { type Actor, mayCheckIn } from '@booking/domain';
import type { CatalogEventDoc, CheckInDoc, DoorTicketDoc } from '@booking/projections';
import { seatLabel } from '@booking/tickets';
import type { ReadModels } from '../http/read-models';
import { ticketSeat } from '../booking/booking-tickets';

/** The event, when the viewer may work its doors (its organizer, admins, ops); 404 otherwise, as for an unknown event. */
export async function doorEvent(readModels: ReadModels, eventId: string, viewer: Actor): Promise<CatalogEventDoc> {
  const event = await readModels.findById<CatalogEventDoc>('catalog-events', eventId.toLowerCase());
  if (!event || !mayCheckIn(viewer, event.organizerId)) throw new NotFoundException(`Event ${eventId} not found`);
  return event;
}

/** Every booking of the event whose tickets were issued (the door knows no others). */
export async function issuedBookings(readModels: ReadModels, eventId: string): Promise<CheckInDoc[]> {
  return (await readModels.collection<CheckInDoc>('check-ins')).find({ eventId, issued: true }, { sort: { _id: 1 } });
}

export function doorSeatLabel(ticket: DoorTicketDoc, event: CatalogEventDoc): string {
  return seatLabel(ticketSeat(ticket, event));
}
