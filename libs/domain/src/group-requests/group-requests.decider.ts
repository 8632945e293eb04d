import type { Decider } from '../kernel';
import type { GroupRequestCommand } from './group-requests.commands';
import { decideGroupRequest } from './group-requests.decide';
import type { GroupRequestEvent } from './group-requests.events';
import { type GroupRequestState, evolveGroupRequest, initialGroupRequestState } from './group-requests.state';

export const groupRequestDecider: Decider<GroupRequestState, GroupRequestCommand, GroupRequestEvent> = {
  initialState: initialGroupRequestState,
  decide: decideGroupRequest,
  evolve: evolveGroupRequest,
};
