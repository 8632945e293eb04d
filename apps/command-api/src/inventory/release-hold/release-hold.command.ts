import type { RequestContext } from '../../http/command-context';

export class ReleaseHoldCommand {
  constructor(
    readonly eventId: string,
    readonly holdId: string,
    readonly context: RequestContext,
    /** The seating-plan section of the hold, when the client knows it (saves a search). */
    readonly sectionId?: string,
  ) {}
}
export type ReleaseHoldResult = { holdId: string; position: bigint };
