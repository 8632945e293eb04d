export { FinanceLedgerPage } from './FinanceLedgerPage';
