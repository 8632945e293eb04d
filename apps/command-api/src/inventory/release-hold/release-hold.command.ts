import type { ReleaseHold } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** `sectionId`: the seating-plan section of the hold, when the client knows it (saves a search). */
export type ReleaseHoldData = ReleaseHold['data'] & { sectionId?: string };
export type ReleaseHoldResult = { holdId: string; position: bigint };

export class ReleaseHoldCommand extends RequestCommand<ReleaseHoldData, ReleaseHoldResult> {}
