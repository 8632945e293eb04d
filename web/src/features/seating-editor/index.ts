// The organizer's seating plan editor (a lazy route: the event page never loads it).
export { SeatingEditorPage } from './SeatingEditorPage';
