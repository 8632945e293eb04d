export { AdminUsersPage } from './AdminUsersPage';
export { AdminEventsPage } from './AdminEventsPage';
