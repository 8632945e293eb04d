import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PolicyExecutor, type RefundAnswer, type RefundGateway } from '@booking/process-managers';
import { PaymentProviderError } from './payment-provider';
import { PaymentProviders } from './payment-providers';

/**
 * The refund policy's view of the payment provider port: a refusal (PaymentProviderError: unknown
 * intent, nothing left to refund, another currency) is an answer the refund records as failed;
 * anything else (the provider unreachable) is thrown, and the policy runs again later.
 */
@Injectable()
export class ProviderRefundGateway implements RefundGateway, OnModuleInit {
  constructor(
    private readonly providers: PaymentProviders,
    private readonly policies: PolicyExecutor,
  ) {}

  onModuleInit(): void {
    this.policies.connectRefunds(this);
  }

  async refund({ provider: name, ...request }: Parameters<RefundGateway['refund']>[0]): Promise<RefundAnswer> {
    // The payment's own provider (a PayPal payment is refunded through PayPal, a card one by card).
    const provider = this.providers.named(name);
    if (!provider) return { kind: 'refused', reason: 'provider-not-configured' };
    try {
      const refund = await provider.refund(request);
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
