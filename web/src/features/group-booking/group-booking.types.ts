export type GroupRequestStatus = 'pending' | 'approved' | 'declined' | 'used' | 'expired';

/** GET /api/me/group-requests and GET /api/events/{id}/group-requests items. */
export type GroupRequest = {
  requestId: string;
  eventId: string;
  eventTitle: string;
  requesterId: string;
  requesterName?: string;
  requesterEmail?: string;
  quantity: number;
  maxPerOrder: number;
  message: string;
  status: GroupRequestStatus;
  requestedAt: string;
  decidedAt?: string;
  reason?: string;
  validUntil?: string;
  holdId?: string;
};
