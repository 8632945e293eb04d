export { OrganizerPage } from './OrganizerPage';
export { EditEventPage, NewEventPage } from './EventEditorPage';
