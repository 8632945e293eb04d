import { Inject, Injectable } from '@nestjs/common';
import { inventoryPartitionId } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { CommandPipeline } from '../command-pipeline';
import { readState } from '../read-state';
import { catalogModel, inventoryModel } from '../write-models';
import { sectionIdsOf } from './inventory-partitions';

export const CANCELLATION_ACTOR = { userId: 'system:event-cancellation', roles: [] } as const;

/**
 * EventCancelled → end what buyers have of the event. Today that is its inventory: CloseInventory
 * cancels every active hold (with the cancellation's reason) and stops sales. Bookings and their
 * refunds will be further steps here, each an idempotent command of its own context, so running
 * the policy again (the projector replays it from the log) changes nothing.
 */
@Injectable()
export class EventCancellationPolicy {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * Runs for EventCancelled, and for InventoryOpened too: sales that opened after the cancellation
   * (a publish racing a cancel) close again. Returns the position reached (0n: nothing to do).
   */
  async apply(eventId: string, causationId: string, correlationId: string): Promise<bigint> {
    const catalog = await readState(this.store, catalogModel, eventId);
    if (catalog.status !== 'cancelled') return 0n;
    const reason = catalog.cancellationReason;
    // Every inventory the event may have: the whole-event one, and one per section of its plans.
    const sections = sectionIdsOf(catalog);
    let reached = 0n;
    for (const sectionId of [undefined, ...sections]) {
      const closed = await this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(eventId, sectionId),
        {
          type: 'CloseInventory',
          data: { eventId, ...(sectionId ? { sectionId } : {}), reason: reason ?? 'The event was cancelled' },
        },
        { actor: CANCELLATION_ACTOR, correlationId, causationId },
      );
      if (closed.events.length > 0 && closed.position > reached) reached = closed.position;
    }
    return reached;
  }
}
