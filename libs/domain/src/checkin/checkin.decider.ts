import type { Decider } from '../kernel';
import type { CheckinCommand } from './checkin.commands';
import { decideCheckin } from './checkin.decide';
import type { CheckinEvent } from './checkin.events';
import { type CheckinState, evolveCheckin, initialCheckinState } from './checkin.state';

export const checkinDecider: Decider<CheckinState, CheckinCommand, CheckinEvent> = {
  initialState: initialCheckinState,
  decide: decideCheckin,
  evolve: evolveCheckin,
};
