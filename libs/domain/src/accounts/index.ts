export * from './accounts.commands';
export * from './accounts.events';
export * from './accounts.streams';
export * from './account.decider';
export { LOCKOUT } from './account.decide';
export type { AccountState } from './account.state';
export * from './email-claim';
export * from './session';
export * from './accounts.context';
