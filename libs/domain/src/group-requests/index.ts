export * from './group-requests.events';
export * from './group-requests.commands';
export * from './group-requests.decider';
export { GRANT_VALID_HOURS, MAX_GROUP_REQUEST, grantFor } from './group-requests.decide';
export { type GroupRequestState, type GroupRequestStatus, initialGroupRequestState } from './group-requests.state';
export * from './group-requests.streams';
export * from './group-requests.context';
