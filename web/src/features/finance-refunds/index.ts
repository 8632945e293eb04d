export { FinanceRefundsPage } from './FinanceRefundsPage';
