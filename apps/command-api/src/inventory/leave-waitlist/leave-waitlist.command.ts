import { RequestCommand } from '../../http/request-command';

export type LeaveWaitlistData = { eventId: string; entryId: string };
export type LeaveWaitlistResult = { entryId: string; position: bigint };

export class LeaveWaitlistCommand extends RequestCommand<LeaveWaitlistData, LeaveWaitlistResult> {}
