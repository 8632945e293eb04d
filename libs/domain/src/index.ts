export * from './kernel';
export * from './catalog';
export * from './inventory';
