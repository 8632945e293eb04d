import { assertNever } from '../kernel';
import type { CheckinEvent, ScanPlace } from './checkin.events';

/** What a scan nonce was answered with: a retry answers the same. */
export type ScanOutcome = Readonly<{ ticketId: string; outcome: 'admitted' | 'already-used' }>;

/**
 * The event's doors: each ticket's first use (the earliest scan by device time) and every nonce
 * answered. `evolve` reuses the maps (a fold hands each state over once; see Decider).
 */
export type CheckinState = Readonly<{
  firstUse: Map<string, ScanPlace>;
  nonces: Map<string, ScanOutcome>;
}>;

export const initialCheckinState = (): CheckinState => ({ firstUse: new Map(), nonces: new Map() });

export function evolveCheckin(state: CheckinState, event: CheckinEvent): CheckinState {
  switch (event.type) {
    case 'TicketCheckedIn': {
      const { ticketId, scanNonce, gate, scannerId, scannedAt } = event.data;
      state.firstUse.set(ticketId, { scanNonce, gate, scannedAt, ...(scannerId ? { scannerId } : {}) });
      state.nonces.set(scanNonce, { ticketId, outcome: 'admitted' });
      return state;
    }
    case 'DoubleUseDetected': {
      const { ticketId, scanNonce, first } = event.data;
      state.firstUse.set(ticketId, first);
      state.nonces.set(scanNonce, { ticketId, outcome: 'already-used' });
      return state;
    }
    default:
      return assertNever(event);
  }
}
