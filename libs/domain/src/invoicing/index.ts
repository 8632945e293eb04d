export * from './invoicing.events';
export * from './invoicing.commands';
export * from './invoicing.state';
export * from './invoicing.decider';
export { INVOICE_PREFIX_PATTERN, MAX_TIER_TAX_RATES } from './invoicing.decide';
export * from './invoicing.tax';
export * from './invoicing.streams';
export * from './invoicing.context';
