import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandPipeline, bookingModel, inventoryModel } from '@booking/command-pipeline';
import { inventoryPartitionId } from '@booking/domain';
import { CLOCK, type Clock } from '@booking/platform';
import { PolicyExecutor, bookingSeats } from '@booking/process-managers';
import { type HoldDoc, READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { PeriodicSweep } from './periodic-sweep';

const SYSTEM_ACTOR = { userId: 'system:booking-expiry', roles: [] } as const;
const SWEEP_EVERY_MS = 1000;
const PAGE = 500;
/** How long past its deadline a hold checked out to a booking that does not exist waits before it is given back. */
export const ORPHAN_GRACE_MS = 60_000;

/**
 * Process manager: expires bookings not paid by their deadline. A checked-out hold carries its
 * booking's payment deadline, so the holds read model finds the candidates (checked-out holds past
 * it); the booking decider decides (a booking paid meanwhile yields nothing). The booking-seats
 * policy then gives the seats back, run inline here so they are on sale at once (the projector
 * runs it from the log too). A sweep for the reason ExpireHolds gives: what is due is a moment.
 *
 * Unlike an ordinary hold, a checked-out one is not free the moment its expiry passes: only its
 * booking ends it, so a payment racing the deadline is settled on the booking stream alone
 * (docs/booking.md, "The cross-stream rule").
 */
@Injectable()
export class ExpireBookings extends PeriodicSweep {
  /** Bookings a due hold named that had nothing left to expire (paid, or ended): not asked again. */
  private readonly handled = new Set<string>();

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super(SWEEP_EVERY_MS, new Logger('ExpireBookings'));
  }

  /**
   * One pass: ExpireBooking for each booking with a checked-out hold past its deadline (returns how
   * many bookings expired). All due holds are paged through, so holds that lead to no change (a
   * booking paid meanwhile whose seats are being sold) cannot crowd out the rest. A checked-out hold
   * whose booking was never placed (the checkout stopped between its holds and its booking: a crash)
   * is given back once its deadline is ORPHAN_GRACE_MS past.
   */
  protected async pass(): Promise<number> {
    const name = await this.directory.collectionName('holds');
    if (!name) return 0;
    const now = this.clock.now();
    const holds = this.readStore.collection<HoldDoc>(name);
    let expired = 0;
    let after: { expiresAt: string; _id: string } | undefined;
    for (;;) {
      const page = await holds.find(
        {
          status: 'checked-out',
          expiresAt: { $lte: now.toISOString() },
          ...(after
            ? {
                $or: [{ expiresAt: { $gt: after.expiresAt } }, { expiresAt: after.expiresAt, _id: { $gt: after._id } }],
              }
            : {}),
        },
        { sort: { expiresAt: 1, _id: 1 }, limit: PAGE },
      );
      for (const hold of page) expired += await this.expire(hold, now);
      if (page.length < PAGE) return expired;
      const last = page[page.length - 1];
      after = { expiresAt: last.expiresAt, _id: last._id };
    }
  }

  private async expire(hold: HoldDoc, now: Date): Promise<number> {
    const { bookingId } = hold;
    if (!bookingId || this.handled.has(bookingId)) return 0;
    const correlationId = `expire-booking-${bookingId}`;
    const outcome = await this.pipeline.execute(
      bookingModel,
      bookingId,
      { type: 'ExpireBooking', data: { bookingId } },
      { actor: SYSTEM_ACTOR, correlationId, now },
    );
    if (outcome.events.length > 0) {
      await this.policies.react(bookingSeats, outcome, correlationId);
      return 1;
    }
    if (outcome.state.status === 'none' && Date.parse(hold.expiresAt) + ORPHAN_GRACE_MS <= now.getTime()) {
      await this.pipeline.execute(
        inventoryModel,
        inventoryPartitionId(hold.eventId, hold.sectionId),
        { type: 'ReleaseCheckedOutHold', data: { eventId: hold.eventId, holdId: hold._id, bookingId } },
        { actor: SYSTEM_ACTOR, correlationId: `release-orphan-${hold._id}`, now },
      );
      this.logger.warn(`Gave back hold ${hold._id}: checked out to booking ${bookingId}, which was never placed`);
      return 0;
    }
    // Nothing to do for now (paid, its seats being sold): not asked again until the set is cleared.
    if (outcome.state.status !== 'none') this.handled.add(bookingId);
    if (this.handled.size > 10_000) this.handled.clear();
    return 0;
  }
}
