import type { HoldCancelled, SeatsHeld } from '@booking/domain';
import { defineProjection, type Projected } from '../projection';

/** Answers "which holds does this person have" and "which holds are due to expire". */
export type HoldDoc = Projected & {
  eventId: string;
  /** The inventory partition (seating-plan section) the hold is in; absent for events without a plan. */
  sectionId?: string;
  seatIds?: string[];
  holderId: string;
  quantity: number;
  expiresAt: string;
  status: 'active' | 'released' | 'expired' | 'cancelled';
  /** When the platform cancelled it (the event was cancelled), and why. */
  cancelledAt?: string;
  cancellationReason?: string;
};

export const holdsProjection = defineProjection<HoldDoc>({
  name: 'holds',
  version: 3, // v3: HoldCancelled
  eventTypes: ['SeatsHeld', 'HoldReleased', 'HoldExpired', 'HoldCancelled'],
  keyOf: (event) => (event.data as { holdId?: string }).holdId,
  indexes: [
    { keys: { holderId: 1, status: 1 } },
    { keys: { status: 1, expiresAt: 1 } },
    { keys: { eventId: 1, status: 1 } },
  ],
  evolve(doc, event) {
    switch (event.type) {
      case 'SeatsHeld': {
        const { holdId, eventId, holderId, quantity, expiresAt, sectionId, seatIds } = event.data as SeatsHeld['data'];
        return {
          _id: holdId,
          eventId,
          ...(sectionId ? { sectionId } : {}),
          ...(seatIds ? { seatIds } : {}),
          holderId,
          quantity,
          expiresAt,
          status: 'active',
        };
      }
      case 'HoldReleased':
      case 'HoldExpired': {
        if (!doc) return null;
        const { _position, ...rest } = doc;
        return { ...rest, status: event.type === 'HoldReleased' ? 'released' : 'expired' };
      }
      case 'HoldCancelled': {
        if (!doc) return null;
        const { _position, ...rest } = doc;
        const { reason } = event.data as HoldCancelled['data'];
        return { ...rest, status: 'cancelled', cancelledAt: event.metadata.occurredAt, cancellationReason: reason };
      }
      default:
        return doc;
    }
  },
});
