export * from './checkin.events';
export * from './checkin.commands';
export * from './checkin.decider';
export { type CheckinState, type ScanOutcome, initialCheckinState } from './checkin.state';
export * from './checkin.streams';
export * from './checkin.context';
export { mayCheckIn } from './checkin.decide';
