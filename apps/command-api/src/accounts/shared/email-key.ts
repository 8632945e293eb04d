import { createHash } from 'node:crypto';
import { normalizeEmail } from '@booking/domain';

/** Stream id of an address's uniqueness claim: a hash, so no address appears in a stream name. */
export function emailStreamKey(email: string): string {
  return createHash('sha256').update(normalizeEmail(email)).digest('hex').slice(0, 40);
}
