export * from './kernel';
export * from './catalog';
export * from './inventory';
export * from './accounts';
export * from './categories';
export * from './booking';
export * from './checkin';
export * from './contexts';
