export * from './decider';
export * from './domain-error';
export * from './ids';
export * from './money';
export * from './personal-data';
export * from './upcasting';
export { scenario } from './testing';
export * from './registry';
export * from './canonical-json';
