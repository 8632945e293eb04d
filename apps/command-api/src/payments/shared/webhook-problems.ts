import { ProblemException, problem } from '@booking/platform';

/** 400, as Stripe's and PayPal's own endpoints answer a delivery they refuse (the provider then retries or gives up). */
export function badWebhook(code: string, detail: string): ProblemException {
  return new ProblemException(problem(400, code.replace('.', '/'), 'Bad Request', detail, { code }));
}

/** 404: a delivery for a provider this deployment does not use. */
export function webhookProviderNotConfigured(provider: string): ProblemException {
  return new ProblemException(
    problem(404, 'payments/webhook-provider', 'Not Found', `The ${provider} provider is not configured here`, {
      code: 'payments.webhook-provider',
    }),
  );
}
