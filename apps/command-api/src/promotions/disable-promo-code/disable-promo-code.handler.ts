import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, promoCodeModel } from '@booking/command-pipeline';
import type { PromoCodeResult } from '../create-promo-code/create-promo-code.command';
import { DisablePromoCodeCommand } from './disable-promo-code.command';

/** Checkouts stop accepting the code; bookings that used it keep their discount. */
@CommandHandler(DisablePromoCodeCommand)
export class DisablePromoCodeHandler implements ICommandHandler<DisablePromoCodeCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: DisablePromoCodeCommand): Promise<PromoCodeResult> {
    const outcome = await this.pipeline.execute(
      promoCodeModel,
      data.promoId,
      { type: 'DisablePromoCode', data },
      context,
    );
    if (outcome.state.status === 'none') throw new Error(`Promo code ${data.promoId} vanished`);
    return {
      promoId: data.promoId,
      code: outcome.state.code,
      status: outcome.state.status,
      position: outcome.position,
    };
  }
}
