import { Query } from '@nestjs/cqrs';
import type { PriceTier } from '@booking/domain';
import type { RequestContext } from '../../http/command-context';

/** What an access code opens on one event for the caller now; `tiers`: the hidden tiers of the event it unlocks. */
export type EventAccess = {
  eventId: string;
  code: string;
  presale: boolean;
  tiers: PriceTier[];
  sales?: { opensAt?: string; closesAt: string };
};

/** Checks an access code against the event as a hold would (the code's stream, the catalog); writes nothing. */
export class CheckAccessQuery extends Query<EventAccess> {
  constructor(
    readonly data: Readonly<{ eventId: string; code: string }>,
    readonly context: RequestContext,
  ) {
    super();
  }
}
