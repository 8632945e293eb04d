import { RequestCommand } from '../../http/request-command';
import type { GroupRequestResult } from '../request-group-booking/request-group-booking.command';

export type ApproveGroupRequestData = Readonly<{ requestId: string; reason?: string; validHours?: number }>;

export class ApproveGroupRequestCommand extends RequestCommand<ApproveGroupRequestData, GroupRequestResult> {}
