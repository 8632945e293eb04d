import type { CommandOutcome } from '@booking/command-pipeline';
import type { GroupRequestEvent, GroupRequestState } from '@booking/domain';
import type { GroupRequestResult } from '../request-group-booking/request-group-booking.command';

/** The answer of an approval or a decline: the request as its stream now has it. */
export function answered(
  requestId: string,
  outcome: CommandOutcome<GroupRequestState, GroupRequestEvent>,
): GroupRequestResult {
  const state = outcome.state;
  if (state.status === 'none') throw new Error(`Group request ${requestId} has no stream after a decision`);
  return {
    requestId,
    eventId: state.eventId,
    quantity: state.quantity,
    status: state.status,
    ...(state.validUntil ? { validUntil: state.validUntil } : {}),
    position: outcome.position,
  };
}
