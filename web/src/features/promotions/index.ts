export { PromoCodesPage } from './PromoCodesPage';
