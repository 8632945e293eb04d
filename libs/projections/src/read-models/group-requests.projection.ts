import { groupRequestsContext } from '@booking/domain';
import { changed, defineProjection, type Projected } from '../projection';

/**
 * Answers "which group requests has this attendee made" and "which wait for this event's
 * organizer". `validUntil` is when an approval runs out: the status stays `approved` after it (a
 * reader compares with its own clock), as it cannot be spent any more.
 */
export type GroupRequestDoc = Projected & {
  eventId: string;
  organizerId: string;
  requesterId: string;
  quantity: number;
  maxPerOrder: number;
  message: string;
  status: 'pending' | 'approved' | 'declined' | 'used';
  requestedAt: string;
  decidedAt?: string;
  decidedBy?: string;
  reason?: string;
  validUntil?: string;
  holdId?: string;
};

export const groupRequestsProjection = defineProjection<GroupRequestDoc>()({
  name: 'group-requests',
  version: 1,
  reads: [groupRequestsContext],
  keyOf: (event) => event.data.requestId,
  indexes: [{ keys: { requesterId: 1, requestedAt: -1 } }, { keys: { eventId: 1, requestedAt: -1 } }],
  on: {
    GroupBookingRequested: (_doc, { data, metadata }) => ({
      _id: data.requestId,
      eventId: data.eventId,
      organizerId: data.organizerId,
      requesterId: data.requesterId,
      quantity: data.quantity,
      maxPerOrder: data.maxPerOrder,
      // An erased requester's message reads as '[erased]' (docs/personal-data.md).
      message: data.message,
      status: 'pending',
      requestedAt: metadata.occurredAt,
    }),
    GroupBookingApproved: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'approved',
        decidedAt: metadata.occurredAt,
        decidedBy: data.by,
        ...(data.reason ? { reason: data.reason } : {}),
        validUntil: data.validUntil,
      })),
    GroupBookingDeclined: (doc, { data, metadata }) =>
      changed(doc, (rest) => ({
        ...rest,
        status: 'declined',
        decidedAt: metadata.occurredAt,
        decidedBy: data.by,
        reason: data.reason,
      })),
    GroupGrantUsed: (doc, { data }) => changed(doc, (rest) => ({ ...rest, status: 'used', holdId: data.holdId })),
    GroupGrantReturned: (doc) => changed(doc, ({ holdId: _returned, ...rest }) => ({ ...rest, status: 'approved' })),
  },
});
