import { isProblem } from '../../lib/api';
import type { DoorScan, DoorVerdict, ScanAnswer } from './checkin.types';

export function verdictOf(answer: ScanAnswer): DoorVerdict {
  return answer.status === 'admitted' || !answer.firstUse
    ? { kind: 'admitted', attendeeName: answer.attendeeName, seatLabel: answer.seatLabel, offline: false }
    : { kind: 'already-used', firstUse: answer.firstUse, attendeeName: answer.attendeeName, offline: false };
}

/** A refused scan in the door's words (the server's detail where it has one). */
export function refusalOf(error: unknown): DoorVerdict {
  if (isProblem(error) && error.code === 'checkin.ticket-revoked') {
    return { kind: 'revoked', detail: 'This ticket was cancelled.' };
  }
  if (isProblem(error) && error.code === 'checkin.invalid-code') {
    return { kind: 'invalid', detail: 'This is not a valid ticket code for this event.' };
  }
  return { kind: 'invalid', detail: isProblem(error) ? (error.detail ?? error.title) : 'The scan failed.' };
}

export function timeOfDay(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function usedAt(scan: DoorScan): string {
  return `Already used at ${timeOfDay(scan.at)} at ${scan.gate}`;
}

/** Whether a failed request never reached the server (the door then works offline). */
export function unreachable(error: unknown): boolean {
  return isProblem(error) && error.status === 0;
}
