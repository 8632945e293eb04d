export { EventOrdersPage } from './EventOrdersPage';
export { AdminBookingsPage } from './AdminBookingsPage';
