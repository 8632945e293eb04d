import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, groupRequestModel, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId, partitionsOf, publicFreeSeats, salesRulesOf } from '@booking/domain';
import { CLOCK, type Clock, ID_GENERATOR, type IdGenerator } from '@booking/platform';
import { mintId } from '../../http/command-context';
import { CatalogReader } from '../../inventory/shared/catalog-reader';
import { type GroupRequestResult, RequestGroupBookingCommand } from './request-group-booking.command';

/**
 * A group request: the event's organizer, per-order limit and places left are read from the
 * write side (its catalog and inventory partitions), then the new request's stream decides.
 */
@CommandHandler(RequestGroupBookingCommand)
export class RequestGroupBookingHandler implements ICommandHandler<RequestGroupBookingCommand> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly catalog: CatalogReader,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ data, context }: RequestGroupBookingCommand): Promise<GroupRequestResult> {
    const { eventId, quantity, message } = data;
    const requestId = mintId(context, this.ids, 'group-request');
    const catalog = await this.catalog.current(eventId);
    const now = context.now ?? this.clock.now();
    let placesLeft = 0;
    if (catalog.status === 'published') {
      for (const { sectionId } of partitionsOf(catalog)) {
        const partition = await this.pipeline.read(inventoryModel, inventoryPartitionId(eventId, sectionId));
        if (partition.status === 'open') placesLeft += publicFreeSeats(partition, now);
      }
    }
    const outcome = await this.pipeline.execute(
      groupRequestModel,
      requestId,
      {
        type: 'RequestGroupBooking',
        data: {
          requestId,
          eventId,
          quantity,
          message,
          terms: {
            organizerId: catalog.status === 'none' ? '' : catalog.organizerId,
            onSale: catalog.status === 'published',
            maxPerOrder: salesRulesOf(catalog).maxPerOrder,
            placesLeft,
          },
        },
      },
      context,
    );
    return { requestId, eventId, quantity, status: 'pending', position: outcome.position };
  }
}
