import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandPipeline, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { type HoldDoc, READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { PeriodicSweep } from './periodic-sweep';

const SYSTEM_ACTOR = { userId: 'system:hold-expiry', roles: [] } as const;
const SWEEP_EVERY_MS = 1000;

/**
 * Process manager: appends HoldExpired for holds past their expiry. The holds read model only
 * finds candidates; the inventory decider decides (a hold released meanwhile yields nothing).
 *
 * Why a sweep and not a declared policy (see @booking/process-managers): a policy reacts to an
 * event when it is appended, and what is due here is a moment, not an event. Written as a policy
 * ("SeatsHeld → ExpireHold at expiresAt") it would need durable timers that survive a restart and
 * a replay from position 0; the sweep needs none: every tick asks which holds are due now, so a
 * stopped process catches up by itself. Nothing waits on it either: deciders already treat an
 * expired hold as free, so HoldExpired is bookkeeping for the read models and the log. Payment
 * timeouts and waitlist offer deadlines are the same shape: a sweep over a read model's due dates.
 */
@Injectable()
export class ExpireHolds extends PeriodicSweep {
  private readonly recentlyExpired = new Set<string>();

  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super(SWEEP_EVERY_MS, new Logger('ExpireHolds'));
  }

  /** One pass: HoldExpired for each hold due (returns how many). */
  protected async pass(): Promise<number> {
    const name = await this.directory.collectionName('holds');
    if (!name) return 0;
    const now = this.clock.now();
    const due = await this.readStore
      .collection<HoldDoc>(name)
      .find({ status: 'active', expiresAt: { $lte: now.toISOString() } }, { sort: { expiresAt: 1 }, limit: 500 });
    let expired = 0;
    for (const hold of due.filter((h) => !this.recentlyExpired.has(h._id))) {
      const outcome = await this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(hold.eventId, hold.sectionId),
        {
          type: 'ExpireHold',
          data: { eventId: hold.eventId, holdId: hold._id },
        },
        { actor: SYSTEM_ACTOR, correlationId: `expire-${hold._id}` },
      );
      this.recentlyExpired.add(hold._id);
      expired += outcome.events.length;
    }
    if (this.recentlyExpired.size > 10_000) this.recentlyExpired.clear();
    return expired;
  }
}
