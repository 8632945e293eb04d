import { DomainError } from '../kernel';
import type { ClearSeatingPlan, SetSeatingPlan } from './catalog.commands';
import type { CatalogEvent } from './catalog.events';
import { requireOwner } from './catalog.lifecycle';
import type { CatalogState } from './catalog.state';
import { assertKeepsSoldPlaces, samePlan, validatePlan } from './seating';

type Existing = Exclude<CatalogState, { status: 'none' }>;

/** Statuses in which an organizer may change what an event is; shared with detail edits. */
export const EDITABLE: readonly string[] = ['draft', 'approved', 'rejected', 'published'];

export function requireEditable(state: Existing): void {
  if (EDITABLE.includes(state.status)) return;
  const hint = state.status === 'submitted' ? ': withdraw the submission first' : '';
  throw DomainError.conflict('catalog.illegal-transition', `Cannot edit an event that is ${state.status}${hint}`, {
    currentStatus: state.status,
  });
}

export function decideSeating(command: SetSeatingPlan | ClearSeatingPlan, state: Existing): CatalogEvent[] {
  requireOwner(command.metadata.actor, state.organizerId);
  requireEditable(state);
  const { eventId } = command.data;
  if (command.type === 'ClearSeatingPlan') {
    if (!state.seating) return [];
    if (state.status === 'published') {
      throw DomainError.conflict(
        'catalog.plan-locked',
        'A published event keeps its seating plan; change the plan instead of removing it',
      );
    }
    return [{ type: 'SeatingPlanCleared', data: { eventId } }];
  }
  if (state.status === 'published' && !state.seating) {
    throw DomainError.conflict(
      'catalog.plan-locked',
      'This event went on sale without a seating plan and keeps selling its capacity',
    );
  }
  const tiers = new Set((state.details.priceTiers ?? []).map((t) => t.id));
  const { plan, capacity } = validatePlan(command.data.plan, tiers);
  if (state.seating && samePlan(state.seating.plan, plan)) return [];
  if (state.status === 'published') assertKeepsSoldPlaces(plan, command.data.sold);
  return [{ type: 'SeatingPlanSet', data: { eventId, planVersion: state.planVersions + 1, plan, capacity } }];
}
