import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandPipeline, bookingModel } from '@booking/command-pipeline';
import { CLOCK, type Clock } from '@booking/platform';
import { PolicyExecutor, bookingSeats } from '@booking/process-managers';
import { type HoldDoc, READ_MODEL_DIRECTORY, type ReadModelDirectory } from '@booking/projections';
import { READ_STORE, type ReadStore } from '@booking/read-store';
import { PeriodicSweep } from './periodic-sweep';

const SYSTEM_ACTOR = { userId: 'system:booking-expiry', roles: [] } as const;
const SWEEP_EVERY_MS = 1000;

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
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly policies: PolicyExecutor,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(READ_MODEL_DIRECTORY) private readonly directory: ReadModelDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    super(SWEEP_EVERY_MS, new Logger('ExpireBookings'));
  }

  /** One pass: ExpireBooking for each booking with a checked-out hold past its deadline (returns how many expired). */
  protected async pass(): Promise<number> {
    const name = await this.directory.collectionName('holds');
    if (!name) return 0;
    const now = this.clock.now();
    const due = await this.readStore
      .collection<HoldDoc>(name)
      .find({ status: 'checked-out', expiresAt: { $lte: now.toISOString() } }, { sort: { expiresAt: 1 }, limit: 500 });
    const bookings = [...new Set(due.flatMap((hold) => (hold.bookingId ? [hold.bookingId] : [])))];
    let expired = 0;
    for (const bookingId of bookings) {
      const correlationId = `expire-booking-${bookingId}`;
      const outcome = await this.pipeline.execute(
        bookingModel,
        bookingId,
        { type: 'ExpireBooking', data: { bookingId } },
        { actor: SYSTEM_ACTOR, correlationId, now },
      );
      if (outcome.events.length === 0) continue;
      await this.policies.react(bookingSeats, outcome, correlationId);
      expired += 1;
    }
    return expired;
  }
}
