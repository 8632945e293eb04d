import { RequestCommand } from '../../http/request-command';

export type RotateWebhookSecretResult = { endpointId: string; secret: string; position: bigint };

export class RotateWebhookSecretCommand extends RequestCommand<{ endpointId: string }, RotateWebhookSecretResult> {}
