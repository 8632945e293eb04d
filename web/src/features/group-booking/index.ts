export { GroupBookingPanel } from './GroupBookingPanel';
export { answerGroupRequest, fetchEventGroupRequests, groupRequestKeys } from './group-booking.api';
export type { GroupRequest, GroupRequestStatus } from './group-booking.types';
export { STATUS_LABELS } from './group-request';
