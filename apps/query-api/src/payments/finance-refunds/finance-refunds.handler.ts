import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { RefundDoc } from '@booking/projections';
import type { Filter } from '@booking/read-store';
import { ReadModels } from '../../http/read-models';
import { REFUNDS_PAGE_SIZE } from '../refunds.request';
import { actionFor } from '../refunds';
import type { FinanceRefundPageView, FinanceRefundView } from '../refunds.views';
import { FinanceRefundsQuery } from './finance-refunds.query';

function refundView(doc: RefundDoc): FinanceRefundView {
  const { _id, bookingId, paymentId, amount, reason, status, requestedAt, updatedAt } = doc;
  return {
    refundId: _id,
    bookingId,
    paymentId,
    amount,
    reason,
    status,
    requestedAt,
    updatedAt,
    ...(doc.provider ? { provider: doc.provider } : {}),
    ...(doc.providerRefundId ? { providerReference: doc.providerRefundId } : {}),
    ...(doc.intentId ? { intentId: doc.intentId } : {}),
    ...(doc.failureReason ? { failureReason: doc.failureReason } : {}),
    ...(status === 'failed' ? { action: actionFor(doc.failureReason) } : {}),
    ...(doc.manualNote ? { manualNote: doc.manualNote } : {}),
    ...(doc.resolvedBy ? { resolvedBy: doc.resolvedBy } : {}),
  };
}

@QueryHandler(FinanceRefundsQuery)
export class FinanceRefundsHandler implements IQueryHandler<FinanceRefundsQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ args: { page, status } }: FinanceRefundsQuery): Promise<FinanceRefundPageView> {
    const filter: Filter = status ? { status } : {};
    const refunds = await this.readModels.collection<RefundDoc>('refunds');
    const [docs, total] = await Promise.all([
      refunds.find(filter, {
        sort: { requestedAt: -1, _id: 1 },
        skip: (page - 1) * REFUNDS_PAGE_SIZE,
        limit: REFUNDS_PAGE_SIZE,
      }),
      refunds.countDocuments(filter),
    ]);
    return { items: docs.map(refundView), total, page, pageSize: REFUNDS_PAGE_SIZE };
  }
}
