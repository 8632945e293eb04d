export { EventOrdersPage } from './EventOrdersPage';
export { AdminBookingsPage } from './AdminBookingsPage';
export { OrdersPager } from './OrdersPager';
