import type { HoldSeats } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** What the request gives; the handler mints the hold id and reads the event's rules and sections. */
export type HoldSeatsData = Pick<HoldSeats['data'], 'eventId' | 'quantity' | 'sectionId' | 'seatIds'> & {
  ttlSeconds?: number;
  /** An access code: hidden tiers it unlocks, and presale (docs/promo-codes.md). */
  accessCode?: string;
  /** An approved group request of the caller's, spent on this hold. */
  groupRequestId?: string;
};
export type HoldSeatsResult = {
  holdId: string;
  eventId: string;
  quantity: number;
  expiresAt: string;
  sectionId?: string;
  seatIds?: string[];
  position: bigint;
};

export class HoldSeatsCommand extends RequestCommand<HoldSeatsData, HoldSeatsResult> {}
