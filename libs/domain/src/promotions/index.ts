export * from './promotions.events';
export * from './promotions.commands';
export * from './promotions.decider';
export { MAX_PROMO_SCOPE } from './promotions.decide';
export * from './promotions.discount';
export * from './promotions.state';
export * from './promotions.streams';
export * from './promotions.context';
