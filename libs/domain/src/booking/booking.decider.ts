import type { Decider } from '../kernel';
import type { BookingCommand } from './booking.commands';
import { decideBooking } from './booking.decide';
import type { BookingEvent } from './booking.events';
import { type BookingState, evolveBooking, initialBookingState } from './booking.state';

export const bookingDecider: Decider<BookingState, BookingCommand, BookingEvent> = {
  initialState: initialBookingState,
  decide: decideBooking,
  evolve: evolveBooking,
};
