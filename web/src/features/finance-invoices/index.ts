export { FinanceInvoicesPage } from './FinanceInvoicesPage';
