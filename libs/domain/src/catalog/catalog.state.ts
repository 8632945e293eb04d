import { assertNever } from '../kernel';
import type { CatalogEvent, EventDetails, EventImage } from './catalog.events';
import { reorderImages, withAlt } from './catalog.gallery';
import type { SeatingPlan } from './seating';

export type CatalogStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'published' | 'cancelled' | 'completed';

export type CatalogState =
  | { status: 'none' }
  | {
      status: CatalogStatus;
      eventId: string;
      organizerId: string;
      startsAt: string;
      capacity: number;
      /** Everything set so far (creation fields included). */
      details: EventDetails;
      /** Counts edits; approval names the version it saw. */
      version: number;
      approvedVersion?: number;
      images: EventImage[];
      seating?: { planVersion: number; plan: SeatingPlan };
      /** Counts plan versions (a cleared plan's number is not reused). */
      planVersions: number;
      /** Sections of earlier plans that the current one no longer has: their inventory partitions close. */
      retiredSections: string[];
      /** Why it was cancelled (the cancellation policy passes it on to holders). */
      cancellationReason?: string;
    };

export const initialCatalogState = (): CatalogState => ({ status: 'none' });

export function evolveCatalog(state: CatalogState, event: CatalogEvent): CatalogState {
  if (event.type === 'EventCreated') {
    const { eventId, organizerId, startsAt, capacity, title, description, category, venue } = event.data;
    return {
      status: 'draft',
      eventId,
      organizerId,
      startsAt,
      capacity,
      details: { title, description, category, venue, startsAt, capacity },
      version: 1,
      images: [],
      planVersions: 0,
      retiredSections: [],
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'EventDetailsUpdated': {
      const details = { ...state.details, ...event.data.changes };
      return {
        ...reviewAgain(state),
        details,
        startsAt: details.startsAt ?? state.startsAt,
        capacity: details.capacity ?? state.capacity,
      };
    }
    case 'EventSubmitted':
      return { ...state, status: 'submitted' };
    case 'EventSubmissionWithdrawn':
      return { ...state, status: 'draft' };
    case 'EventApproved':
      return { ...state, status: 'approved', approvedVersion: event.data.version };
    case 'EventRejected':
      return { ...state, status: 'rejected' };
    case 'EventPublished':
      return { ...state, status: 'published' };
    case 'EventCancelled':
      return { ...state, status: 'cancelled', cancellationReason: event.data.reason };
    case 'EventCompleted':
      return { ...state, status: 'completed' };
    case 'EventImageAdded': {
      // One cover: a new cover replaces the old one.
      const kept = event.data.image.role === 'cover' ? state.images.filter((i) => i.role !== 'cover') : state.images;
      return { ...state, images: [...kept, event.data.image] };
    }
    case 'SeatingPlanSet': {
      const { plan, planVersion, capacity } = event.data;
      const current = new Set(plan.sections.map((s) => s.id));
      const before = state.seating?.plan.sections.map((s) => s.id) ?? [];
      const retiredSections = [...new Set([...state.retiredSections, ...before])].filter((id) => !current.has(id));
      return {
        ...reviewAgain(state),
        seating: { planVersion, plan },
        planVersions: planVersion,
        retiredSections,
        capacity,
        details: { ...state.details, capacity },
      };
    }
    case 'SeatingPlanCleared': {
      const before = state.seating?.plan.sections.map((s) => s.id) ?? [];
      return {
        ...reviewAgain(state),
        seating: undefined,
        retiredSections: [...new Set([...state.retiredSections, ...before])],
      };
    }
    case 'EventImageRemoved':
      return { ...state, images: state.images.filter((i) => i.imageId !== event.data.imageId) };
    case 'EventImageAltChanged':
      return { ...state, images: withAlt(state.images, event.data.imageId, event.data.alt) };
    case 'GalleryReordered':
      return { ...state, images: reorderImages(state.images, event.data.imageIds) };
    default:
      return assertNever(event);
  }
}

/** An edit makes a new version; an approved or rejected event goes back to draft, to be reviewed again. */
function reviewAgain<S extends Exclude<CatalogState, { status: 'none' }>>(state: S): S {
  const status = state.status === 'approved' || state.status === 'rejected' ? 'draft' : state.status;
  return { ...state, status, version: state.version + 1 };
}
