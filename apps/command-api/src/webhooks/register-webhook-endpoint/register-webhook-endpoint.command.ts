import { RequestCommand } from '../../http/request-command';

export type RegisterWebhookEndpointData = Readonly<{ url: string; eventTypes: string[]; enabled: boolean }>;
export type WebhookEndpointResult = {
  endpointId: string;
  url: string;
  eventTypes: string[];
  enabled: boolean;
  position: bigint;
};

export class RegisterWebhookEndpointCommand extends RequestCommand<
  RegisterWebhookEndpointData,
  WebhookEndpointResult & { secret: string }
> {}
