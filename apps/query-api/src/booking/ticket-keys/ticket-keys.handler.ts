import { NotFoundException } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { hasRole } from '@booking/domain';
import type { CatalogEventDoc } from '@booking/projections';
import { TicketCodes } from '@booking/tickets';
import { ReadModels } from '../../http/read-models';
import type { TicketKeysView } from '../tickets.views';
import { TicketKeysQuery } from './ticket-keys.query';

/** What a door scanner syncs before the doors open: the event's public keys, one per platform kid. */
@QueryHandler(TicketKeysQuery)
export class TicketKeysHandler implements IQueryHandler<TicketKeysQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly codes: TicketCodes,
  ) {}

  async execute({ args: { eventId, viewer } }: TicketKeysQuery): Promise<TicketKeysView> {
    const event = await this.readModels.findById<CatalogEventDoc>('catalog-events', eventId.toLowerCase());
    const mayRead =
      event && (event.organizerId === viewer.userId || hasRole(viewer, 'admin') || hasRole(viewer, 'ops'));
    if (!event || !mayRead) throw new NotFoundException(`Event ${eventId} not found`);
    const keys = this.codes
      .publicKeys(event._id)
      .map(({ eventId: keyEvent, kid, publicKey }) => ({ eventId: keyEvent, kid, publicKey }));
    return { eventId: event._id, keys };
  }
}
