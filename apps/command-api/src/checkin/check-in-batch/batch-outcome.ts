import { DomainError } from '@booking/domain';
import type { ScanAnswer } from '../shared/door';

export type BatchScanOutcome =
  | (Omit<ScanAnswer, 'status' | 'position'> & { nonce: string; status: 'admitted' | 'already-used' | 'double-use' })
  | { nonce: string; status: 'invalid' | 'revoked' | 'not-found'; code: string; detail: string };

/**
 * An uploaded offline scan's outcome. The scanner already let the holder in, so a second use is a
 * `double-use` (recorded in the log). A refusal of one scan (a forged code, a ticket revoked before
 * the upload) is that scan's answer and appends nothing; the other scans go on.
 */
export function scanOutcome(nonce: string, answer: ScanAnswer): BatchScanOutcome {
  const { position: _position, status, ...rest } = answer;
  return { ...rest, nonce, status: status === 'already-used' ? 'double-use' : 'admitted' };
}

/** A refused scan as its outcome; any error other than a domain refusal is the batch's failure. */
export function refusedScan(nonce: string, error: unknown): BatchScanOutcome {
  if (!(error instanceof DomainError) || error.kind === 'forbidden' || error.kind === 'unauthenticated') throw error;
  const status = error.kind === 'not-found' ? 'not-found' : error.kind === 'conflict' ? 'revoked' : 'invalid';
  return { nonce, status, code: error.code, detail: error.message };
}
