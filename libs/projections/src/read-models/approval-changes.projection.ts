import {
  type CatalogState,
  type EventDetails,
  catalogContext,
  catalogModel,
  evolveCatalog,
  initialCatalogState,
} from '@booking/domain';
import { defineProjection, onEach, type Projected } from '../projection';

type Existing = Exclude<CatalogState, { status: 'none' }>;

/** What a reviewer approves: the details, and the seating plan when the event has one. */
export function reviewedDetails(catalog: Existing): Record<string, unknown> {
  return { ...catalog.details, ...(catalog.seating ? { seatingPlan: catalog.seating.plan } : {}) };
}

/**
 * Answers "what changed since the last approval" for the review queue: the event as the write
 * side folds it (the catalog decider's own evolve, so every detail field, present or future, is
 * kept) and a snapshot of its details at each approval.
 */
export type ApprovalChangesDoc = Projected & {
  catalog: Existing;
  approved?: { version: number; details: EventDetails & { seatingPlan?: unknown }; at: string; by: string };
};

export const approvalChangesProjection = defineProjection<ApprovalChangesDoc>()({
  name: 'approval-changes',
  version: 1,
  reads: [catalogContext],
  keyOf: (event) => event.data.eventId,
  // Every catalog event goes through the decider's evolve (exhaustive over the catalog's events).
  on: onEach(catalogModel, (doc, event) => {
    const state = evolveCatalog(doc?.catalog ?? initialCatalogState(), event);
    if (state.status === 'none') return null;
    let approved = doc?.approved;
    if (event.type === 'EventApproved') {
      const { version, by } = event.data;
      approved = { version, details: reviewedDetails(state), at: event.metadata.occurredAt, by };
    }
    return { _id: state.eventId, catalog: state, ...(approved ? { approved } : {}) };
  }),
});
