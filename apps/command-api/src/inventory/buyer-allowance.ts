import { Injectable } from '@nestjs/common';
import { type CommandContext, CommandPipeline, allowanceModel } from '@booking/command-pipeline';
import { type Actor, type ReserveAllowance, allowanceId } from '@booking/domain';

type Reservation = ReserveAllowance['data'];

/**
 * The per-buyer limit across an event's partitions (see buyer-allowance in the domain): a hold
 * reserves its places in the buyer's ledger stream before its partition decides, and gives them
 * back when it is refused or released. Only events with a limit pay for the extra append.
 */
@Injectable()
export class BuyerAllowance {
  constructor(private readonly pipeline: CommandPipeline) {}

  /** Runs `hold` with its places reserved; a refused hold (or a failure) gives them back. */
  async around<T>(
    reservation: Reservation,
    metadata: { now: Date; actor: Actor },
    context: CommandContext,
    hold: () => Promise<T>,
  ): Promise<T> {
    const { eventId, holdId } = reservation;
    const stream = allowanceId(eventId, metadata.actor.userId);
    // Not the request's If-Match: that names a revision of the partition, not of this stream.
    await this.pipeline.execute(
      allowanceModel,
      stream,
      { type: 'ReserveAllowance', data: reservation, metadata },
      { correlationId: context.correlationId },
    );
    try {
      return await hold();
    } catch (error) {
      // Best effort: if this fails too, the reservation lapses with the hold's expiry anyway.
      await this.giveBack(eventId, metadata.actor.userId, holdId, metadata, context).catch(() => undefined);
      throw error;
    }
  }

  /** The hold's places no longer count for its holder (nothing happens when they never did). */
  async giveBack(
    eventId: string,
    buyerId: string,
    holdId: string,
    metadata: { now: Date; actor: Actor },
    context: CommandContext,
  ): Promise<void> {
    await this.pipeline.execute(
      allowanceModel,
      allowanceId(eventId, buyerId),
      { type: 'ReturnAllowance', data: { eventId, buyerId, holdId }, metadata },
      { correlationId: context.correlationId },
    );
  }
}
