import type { GroupRequestEvent } from './group-requests.events';

export type GroupRequestStatus = 'pending' | 'approved' | 'declined' | 'used';

export type GroupRequestState =
  | Readonly<{ status: 'none' }>
  | Readonly<{
      status: GroupRequestStatus;
      requestId: string;
      eventId: string;
      organizerId: string;
      requesterId: string;
      quantity: number;
      validUntil?: string;
      holdId?: string;
    }>;

export const initialGroupRequestState = (): GroupRequestState => ({ status: 'none' });

export function evolveGroupRequest(state: GroupRequestState, event: GroupRequestEvent): GroupRequestState {
  switch (event.type) {
    case 'GroupBookingRequested': {
      const { requestId, eventId, organizerId, requesterId, quantity } = event.data;
      return { status: 'pending', requestId, eventId, organizerId, requesterId, quantity };
    }
    case 'GroupBookingApproved':
      return state.status === 'none' ? state : { ...state, status: 'approved', validUntil: event.data.validUntil };
    case 'GroupBookingDeclined':
      return state.status === 'none' ? state : { ...state, status: 'declined' };
    case 'GroupGrantUsed':
      return state.status === 'none' ? state : { ...state, status: 'used', holdId: event.data.holdId };
    case 'GroupGrantReturned': {
      if (state.status === 'none') return state;
      const { holdId: _spent, ...rest } = state;
      return { ...rest, status: 'approved' };
    }
  }
}
