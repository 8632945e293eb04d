import { TestModePaymentProvider } from '@booking/command-api';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { type TestApp, startTestApp } from './test-app';

/** A webhook event the test-mode provider sent (what the payment specs look into). */
export type SentEvent = { id: string; type: string; data: { object: Record<string, unknown> } };

/**
 * The platform with the test-mode provider's webhooks on: delivered asynchronously within
 * `maxDelayMs`, some twice (`duplicateRate`), retried every 10 ms, in the order `seed` draws. Every
 * webhook event the provider sends is also kept in `sent`.
 */
export async function startPaymentsApp(
  options: Readonly<{ seed: number; secret?: string; maxDelayMs?: number; duplicateRate?: number }>,
): Promise<{ t: TestApp; provider: TestModePaymentProvider; store: EventStore; sent: SentEvent[] }> {
  const t = await startTestApp({
    env: {
      PAYMENTS_TEST_MODE_WEBHOOKS: 'on',
      ...(options.secret ? { PAYMENTS_TEST_MODE_WEBHOOK_SECRET: options.secret } : {}),
      PAYMENTS_TEST_MODE_WEBHOOK_MAX_DELAY_MS: String(options.maxDelayMs ?? 20),
      PAYMENTS_TEST_MODE_WEBHOOK_DUPLICATE_RATE: String(options.duplicateRate ?? 0.5),
      PAYMENTS_TEST_MODE_WEBHOOK_RETRY_MS: '10',
      PAYMENTS_TEST_MODE_SEED: String(options.seed),
    },
  });
  const provider = t.app.get(TestModePaymentProvider, { strict: false });
  const store = t.app.get<EventStore>(EVENT_STORE, { strict: false });
  const sent: SentEvent[] = [];
  const enqueue = provider.webhooks.enqueue.bind(provider.webhooks);
  jest.spyOn(provider.webhooks, 'enqueue').mockImplementation((event) => {
    sent.push(event as SentEvent);
    enqueue(event);
  });
  return { t, provider, store, sent };
}
