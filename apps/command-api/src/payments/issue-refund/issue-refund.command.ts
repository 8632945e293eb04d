import type { IssueRefund } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type IssueRefundResult = Readonly<{ refundId: string; bookingId: string; status: string; position: bigint }>;

export class IssueRefundCommand extends RequestCommand<IssueRefund['data'], IssueRefundResult> {}
