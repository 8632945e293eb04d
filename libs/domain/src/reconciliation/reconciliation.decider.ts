import type { Decider } from '../kernel';
import type { ReconciliationCommand } from './reconciliation.commands';
import { decideReconciliation } from './reconciliation.decide';
import type { ReconciliationEvent } from './reconciliation.events';
import { type ReconciliationState, evolveReconciliation, initialReconciliationState } from './reconciliation.state';

export const reconciliationDecider: Decider<ReconciliationState, ReconciliationCommand, ReconciliationEvent> = {
  initialState: initialReconciliationState,
  decide: decideReconciliation,
  evolve: evolveReconciliation,
};
