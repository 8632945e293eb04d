export { OrganizerPage } from './OrganizerPage';
export { EditEventPage, NewEventPage } from './EventEditorPage';
export { lastCommandPosition, rememberCommandPosition } from './organizer.api';
