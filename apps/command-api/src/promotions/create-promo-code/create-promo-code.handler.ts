import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, promoCodeModel } from '@booking/command-pipeline';
import { normalizePromoCode } from '@booking/domain';
import { promoCodeId } from '../shared/promo-code-id';
import { CreatePromoCodeCommand, type PromoCodeResult } from './create-promo-code.command';

@CommandHandler(CreatePromoCodeCommand)
export class CreatePromoCodeHandler implements ICommandHandler<CreatePromoCodeCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: CreatePromoCodeCommand): Promise<PromoCodeResult> {
    const { organizerId: named, code: typed, ...terms } = data;
    const organizerId = named ?? context.actor.userId; // the decider refuses another organizer's id to non-admins
    const code = normalizePromoCode(typed);
    const promoId = promoCodeId(organizerId, code);
    const outcome = await this.pipeline.execute(
      promoCodeModel,
      promoId,
      { type: 'CreatePromoCode', data: { ...terms, promoId, organizerId, code } },
      context,
    );
    if (outcome.state.status === 'none') throw new Error(`Promo code ${promoId} was not created`);
    return { promoId, code, status: outcome.state.status, position: outcome.position };
  }
}
