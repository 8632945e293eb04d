import { RequestCommand } from '../../http/request-command';

export type DeleteWebhookEndpointResult = { endpointId: string; deleted: true; position: bigint };

export class DeleteWebhookEndpointCommand extends RequestCommand<{ endpointId: string }, DeleteWebhookEndpointResult> {}
