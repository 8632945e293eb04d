import { assertNever } from '../kernel';
import type { CatalogEvent } from './catalog.events';

export type CatalogState =
  | { status: 'none' }
  | { status: 'draft' | 'published'; eventId: string; organizerId: string; startsAt: string; capacity: number };

export const initialCatalogState = (): CatalogState => ({ status: 'none' });

export function evolveCatalog(state: CatalogState, event: CatalogEvent): CatalogState {
  switch (event.type) {
    case 'EventCreated': {
      const { eventId, organizerId, startsAt, capacity } = event.data;
      return { status: 'draft', eventId, organizerId, startsAt, capacity };
    }
    case 'EventPublished':
      return state.status === 'none' ? state : { ...state, status: 'published' };
    default:
      return assertNever(event);
  }
}
