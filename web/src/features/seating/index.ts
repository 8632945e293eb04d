export { SeatingEditorPage } from './SeatingEditorPage';
export { EventSeatMap } from './EventSeatMap';
export { useEventSeating, useSeatPicking, type EventSeating, type SeatPicking } from './useEventSeating';
