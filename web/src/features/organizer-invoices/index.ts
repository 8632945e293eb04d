export { OrganizerInvoicesPage } from './OrganizerInvoicesPage';
