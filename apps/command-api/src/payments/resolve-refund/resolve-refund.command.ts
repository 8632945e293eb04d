import type { ResolveRefundManually } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type ResolveRefundResult = Readonly<{ refundId: string; bookingId: string; status: string; position: bigint }>;

export class ResolveRefundCommand extends RequestCommand<ResolveRefundManually['data'], ResolveRefundResult> {}
