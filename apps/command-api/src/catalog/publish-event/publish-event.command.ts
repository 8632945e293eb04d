import type { RequestContext } from '../../http/command-context';

export class PublishEventCommand {
  constructor(
    readonly eventId: string,
    readonly context: RequestContext,
  ) {}
}
export type PublishEventResult = { eventId: string; position: bigint };
