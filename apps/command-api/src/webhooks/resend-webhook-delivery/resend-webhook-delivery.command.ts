import { RequestCommand } from '../../http/request-command';

export type ResendWebhookDeliveryData = Readonly<{ endpointId: string; deliveryId: string }>;
export type ResendWebhookDeliveryResult = { deliveryId: string; status: 'pending'; position: bigint };

export class ResendWebhookDeliveryCommand extends RequestCommand<
  ResendWebhookDeliveryData,
  ResendWebhookDeliveryResult
> {}
