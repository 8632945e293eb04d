import { Injectable } from '@nestjs/common';
import { type CommandContext, CommandPipeline, allowanceModel } from '@booking/command-pipeline';
import { type ReserveAllowance, allowanceId } from '@booking/domain';

type Reservation = ReserveAllowance['data'];

/**
 * The per-buyer limit across an event's partitions (see buyer-allowance in the domain): a hold
 * reserves its places in the buyer's ledger stream before its partition decides, and gives them
 * back when it is refused or released. Only events with a limit pay for the extra append.
 */
@Injectable()
export class BuyerAllowance {
  constructor(private readonly pipeline: CommandPipeline) {}

  /** Runs `hold` with the places of the context's actor reserved; a refused hold (or a failure) gives them back. */
  async around<T>(reservation: Reservation, context: CommandContext, hold: () => Promise<T>): Promise<T> {
    const { eventId, holdId } = reservation;
    const buyerId = context.actor.userId;
    await this.pipeline.execute(
      allowanceModel,
      allowanceId(eventId, buyerId),
      { type: 'ReserveAllowance', data: reservation },
      ledgerContext(context),
    );
    try {
      return await hold();
    } catch (error) {
      // Best effort: if this fails too, the reservation lapses with the hold's expiry anyway.
      await this.giveBack(eventId, buyerId, holdId, context).catch(() => undefined);
      throw error;
    }
  }

  /** The hold went into a checkout: its places count until `expiresAt` (nothing happens when they never counted). */
  async extend(eventId: string, holdId: string, expiresAt: string, context: CommandContext): Promise<void> {
    const buyerId = context.actor.userId;
    await this.pipeline.execute(
      allowanceModel,
      allowanceId(eventId, buyerId),
      { type: 'ExtendAllowance', data: { eventId, buyerId, holdId, expiresAt } },
      ledgerContext(context),
    );
  }

  /** The hold's places no longer count for its holder (nothing happens when they never did). */
  async giveBack(eventId: string, buyerId: string, holdId: string, context: CommandContext): Promise<void> {
    await this.pipeline.execute(
      allowanceModel,
      allowanceId(eventId, buyerId),
      { type: 'ReturnAllowance', data: { eventId, buyerId, holdId } },
      ledgerContext(context),
    );
  }
}

/** Not the request's If-Match nor its Idempotency-Key: those name the partition's stream, not the ledger's. */
function ledgerContext({ actor, correlationId, now }: CommandContext): CommandContext {
  return { actor, correlationId, ...(now ? { now } : {}) };
}
