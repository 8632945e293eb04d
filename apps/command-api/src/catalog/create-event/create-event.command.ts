import type { RequestContext } from '../../http/command-context';
import type { CreateEventRequest } from './create-event.request';

export class CreateEventCommand {
  constructor(
    readonly request: CreateEventRequest,
    readonly context: RequestContext,
  ) {}
}
export type CreateEventResult = { eventId: string; position: bigint };
