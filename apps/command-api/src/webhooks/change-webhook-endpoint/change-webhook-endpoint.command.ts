import { RequestCommand } from '../../http/request-command';
import type { WebhookEndpointResult } from '../register-webhook-endpoint/register-webhook-endpoint.command';

export type ChangeWebhookEndpointData = Readonly<{
  endpointId: string;
  url?: string;
  eventTypes?: string[];
  enabled?: boolean;
}>;

export class ChangeWebhookEndpointCommand extends RequestCommand<ChangeWebhookEndpointData, WebhookEndpointResult> {}
