// The attendee's seat map on the event page: taken seats kept live, seat picking.
// The map itself is loaded on demand (LazyEventSeatMap): only events with a seating plan need its code.
export { LazyEventSeatMap, preloadSeatMap } from './LazyEventSeatMap';
export { useEventSeating, useSeatPicking, type EventSeating, type SeatPicking } from './useEventSeating';
