import type { PublishEvent } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type PublishEventResult = { eventId: string; position: bigint };

export class PublishEventCommand extends RequestCommand<PublishEvent['data'], PublishEventResult> {}
