import type { RequestContext } from '../../http/command-context';

export class HoldSeatsCommand {
  constructor(
    readonly eventId: string,
    readonly quantity: number,
    readonly ttlSeconds: number | undefined,
    readonly context: RequestContext,
    readonly sectionId?: string,
    readonly seatIds?: string[],
  ) {}
}
export type HoldSeatsResult = {
  holdId: string;
  eventId: string;
  quantity: number;
  expiresAt: string;
  sectionId?: string;
  seatIds?: string[];
  position: bigint;
};
