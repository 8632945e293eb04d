export { ProfilePage } from './ProfilePage';
export { SessionsPage } from './SessionsPage';
