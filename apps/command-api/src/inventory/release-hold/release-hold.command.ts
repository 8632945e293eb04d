import type { RequestContext } from '../../http/command-context';

export class ReleaseHoldCommand {
  constructor(
    readonly eventId: string,
    readonly holdId: string,
    readonly context: RequestContext,
  ) {}
}
export type ReleaseHoldResult = { holdId: string; position: bigint };
