export { CheckInPage } from './CheckInPage';
