import {
  type CatalogEvent,
  type CatalogState,
  type EventApproved,
  type EventDetails,
  evolveCatalog,
  initialCatalogState,
  catalogEventTypes,
} from '@booking/domain';
import { defineProjection, type Projected } from '../projection';

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

export const approvalChangesProjection = defineProjection<ApprovalChangesDoc>({
  name: 'approval-changes',
  version: 1,
  eventTypes: catalogEventTypes,
  keyOf: (event) => (event.data as { eventId?: string }).eventId,
  evolve(doc, event) {
    const state = evolveCatalog(doc?.catalog ?? initialCatalogState(), {
      type: event.type,
      data: event.data,
    } as CatalogEvent);
    if (state.status === 'none') return null;
    let approved = doc?.approved;
    if (event.type === 'EventApproved') {
      const { version, by } = event.data as EventApproved['data'];
      approved = { version, details: reviewedDetails(state), at: event.metadata.occurredAt, by };
    }
    return { _id: state.eventId, catalog: state, ...(approved ? { approved } : {}) };
  },
});
