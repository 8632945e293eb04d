// The attendee's seat map on the event page: taken seats kept live, seat picking.
export { EventSeatMap } from './EventSeatMap';
export { useEventSeating, useSeatPicking, type EventSeating, type SeatPicking } from './useEventSeating';
