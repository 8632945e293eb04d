export { FinanceReportsPage } from './FinanceReportsPage';
export { OrganizerReportsPage } from './OrganizerReportsPage';
