import { RequestCommand } from '../../http/request-command';
import type { ReceiveWebhookResult } from '../receive-webhook/receive-webhook.command';

/** PayPal's transmission headers, as they arrived (any may be missing). */
export type PayPalTransmission = Readonly<{
  authAlgo: string | undefined;
  certUrl: string | undefined;
  transmissionId: string | undefined;
  transmissionSig: string | undefined;
  transmissionTime: string | undefined;
}>;

export type ReceivePayPalWebhookData = Readonly<{ payload: string; transmission: PayPalTransmission }>;

export class ReceivePayPalWebhookCommand extends RequestCommand<ReceivePayPalWebhookData, ReceiveWebhookResult> {}
