import { Logger } from '@nestjs/common';
import Stripe from 'stripe';
import { PaymentProviderError, providerUnavailable } from '../payment-provider';

const logger = new Logger('StripePaymentProvider');

/**
 * Stripe refused the call itself (a bad state, an unknown id, too large a refund): a
 * PaymentProviderError. Stripe unreachable, down, rate-limiting or refusing our key: logged and a
 * 503 (providerUnavailable), never Stripe's own status and words (a 401 about our key is not the
 * buyer's). Anything else as it was.
 */
export function refusal(error: unknown): unknown {
  if (error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError)
    return new PaymentProviderError(error.code ?? error.type, error.message);
  if (error instanceof Stripe.errors.StripeError) {
    logger.error({ type: error.type, statusCode: error.statusCode, requestId: error.requestId }, error.message);
    return providerUnavailable('stripe');
  }
  return error;
}
