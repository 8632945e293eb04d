export { EventGroupRequestsPage } from './EventGroupRequestsPage';
