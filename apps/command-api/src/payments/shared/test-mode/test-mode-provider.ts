import { join } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { TestModeIntents } from './test-mode-intents';
import { type TestModeMemory, sqliteMemory } from './test-mode-memory';
import { WebhookDispatcher, seededRandom } from './webhook-dispatcher';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature';

export const TEST_MODE_WEBHOOK_PATH = '/api/payments/webhooks/test-mode';

/** The SPA's 3-D Secure page for an intent, with where to go back to afterwards. */
export function challengeUrl(intentId: string, returnUrl: string): string {
  return `/payments/test-mode/challenge/${intentId}?return=${encodeURIComponent(returnUrl)}`;
}

/**
 * The embedded test-mode provider (the default): TestModeIntents, its records kept in
 * DATA_DIR/test-mode-provider.db, plus webhooks, signed with the configured secret and delivered
 * asynchronously to our own endpoint (into this process, or to PAYMENTS_TEST_MODE_WEBHOOK_URL over HTTP).
 */
@Injectable()
export class TestModePaymentProvider extends TestModeIntents implements OnModuleDestroy {
  readonly webhooks: WebhookDispatcher;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) clock: Clock,
    @Inject(ID_GENERATOR) ids: IdGenerator,
    adapterHost: HttpAdapterHost,
  ) {
    const settings = config.payments.testMode;
    const random = settings.seed !== undefined ? seededRandom(settings.seed) : Math.random;
    const headers = (payload: string) => ({
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signatureHeader(payload, settings.webhookSecret, Math.floor(clock.now().getTime() / 1000)),
    });
    const send = async (payload: string): Promise<number> => {
      if (settings.webhookUrl) {
        const response = await fetch(settings.webhookUrl, { method: 'POST', headers: headers(payload), body: payload });
        return response.status;
      }
      const fastify = adapterHost.httpAdapter.getInstance<{
        inject(options: object): Promise<{ statusCode: number }>;
      }>();
      const response = await fastify.inject({
        method: 'POST',
        url: TEST_MODE_WEBHOOK_PATH,
        headers: headers(payload),
        payload,
      });
      return response.statusCode;
    };
    const dispatcher = new WebhookDispatcher(settings.webhooks, send, random);
    const memory = sqliteMemory(join(config.dataDir, 'test-mode-provider.db'));
    super({
      memory,
      nextId: () => ids.next(),
      now: () => clock.now(),
      emit: (event) => dispatcher.enqueue(event),
      challengeUrl,
    });
    this.webhooks = dispatcher;
    this.memory = memory;
  }

  private readonly memory: TestModeMemory;

  onModuleDestroy(): void {
    this.webhooks.stop();
    this.memory.close();
  }
}
