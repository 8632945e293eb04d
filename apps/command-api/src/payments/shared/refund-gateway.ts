import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PolicyExecutor, type RefundAnswer, type RefundGateway } from '@booking/process-managers';
import { PAYMENT_PROVIDER, PaymentProviderError, type PaymentProvider } from './payment-provider';

/**
 * The refund policy's view of the payment provider port: a refusal (PaymentProviderError: unknown
 * intent, nothing left to refund, another currency) is an answer the refund records as failed;
 * anything else (the provider unreachable) is thrown, and the policy runs again later.
 */
@Injectable()
export class ProviderRefundGateway implements RefundGateway, OnModuleInit {
  constructor(
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly policies: PolicyExecutor,
  ) {}

  onModuleInit(): void {
    this.policies.connectRefunds(this);
  }

  async refund(request: Parameters<RefundGateway['refund']>[0]): Promise<RefundAnswer> {
    try {
      const refund = await this.provider.refund(request);
      return {
        kind: 'accepted',
        providerRefundId: refund.id,
        status: refund.status,
        ...(refund.failureReason ? { reason: refund.failureReason } : {}),
      };
    } catch (error) {
      if (error instanceof PaymentProviderError) return { kind: 'refused', reason: error.code };
      throw error;
    }
  }
}
