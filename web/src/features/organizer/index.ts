export { OrganizerPage } from './OrganizerPage';
