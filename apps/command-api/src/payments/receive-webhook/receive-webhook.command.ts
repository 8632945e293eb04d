import { RequestCommand } from '../../http/request-command';

/** A provider's webhook delivery as it arrived: the raw body (what was signed) and the signature header. */
export type ReceiveWebhookData = Readonly<{ provider: 'test-mode' | 'stripe'; payload: string; signature?: string }>;
export type ReceiveWebhookResult = {
  received: true;
  /** This event id was handled before: nothing was done again. */
  duplicate: boolean;
  /** Signed, but about nothing of ours (a type we do not follow, or an intent the provider does not know). */
  ignored: boolean;
  position?: bigint;
};

export class ReceiveWebhookCommand extends RequestCommand<ReceiveWebhookData, ReceiveWebhookResult> {}
