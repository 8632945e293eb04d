export * from './seating-plan';
export * from './expand-plan';
export * from './generators';
export * from './validate-plan';
export * from './plan-change';
