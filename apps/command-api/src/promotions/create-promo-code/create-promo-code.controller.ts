import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError, type PromoDiscount } from '@booking/domain';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { PromoCodeAnswer } from '../promotions.answers';
import { CreatePromoCodeCommand } from './create-promo-code.command';
import { CreatePromoCodeRequest } from './create-promo-code.request';

@ApiTags('promotions')
@Controller('api/promo-codes')
export class CreatePromoCodeController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Authenticated('organizer', 'admin')
  @ApiCreatedResponse({ type: PromoCodeAnswer, description: 'The code exists and checkouts may use it' })
  @ApiProblems({
    403: 'Not an organizer, or another organizer named by a non-admin',
    409: 'You have a code of that name already (case does not matter)',
    422: 'Not exactly one discount (nor an access code), or limits that contradict each other',
  })
  async create(
    @Body() body: CreatePromoCodeRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { code, organizerId, maxUses, maxUsesPerBuyer, validFrom, validUntil, eventIds, tierIds, access } = body;
    const { position, ...result } = await this.commands.execute(
      new CreatePromoCodeCommand({
        data: {
          code,
          discount: discountOf(body),
          ...(organizerId !== undefined ? { organizerId } : {}),
          ...(maxUses !== undefined ? { maxUses } : {}),
          ...(maxUsesPerBuyer !== undefined ? { maxUsesPerBuyer } : {}),
          ...(validFrom !== undefined ? { validFrom } : {}),
          ...(validUntil !== undefined ? { validUntil } : {}),
          ...(eventIds !== undefined ? { eventIds: eventIds.map((id) => id.toLowerCase()) } : {}),
          ...(tierIds !== undefined ? { tierIds } : {}),
          ...(access !== undefined
            ? {
                access: {
                  ...(access.tierIds !== undefined ? { tierIds: access.tierIds } : {}),
                  ...(access.presale !== undefined ? { presale: access.presale } : {}),
                },
              }
            : {}),
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}

/** One discount, or none for an access code (the decider refuses a code that neither discounts nor unlocks). */
function discountOf({ percentOff, amountOff, freeTicket, access }: CreatePromoCodeRequest): PromoDiscount {
  const given = [percentOff, amountOff, freeTicket].filter((x) => x !== undefined).length;
  if (given === 0 && access !== undefined) return { kind: 'none' };
  if (given !== 1) {
    throw DomainError.validation(
      'promo.bad-terms',
      'Give exactly one of percentOff, amountOff and freeTicket (or none for an access code)',
      { field: 'discount' },
    );
  }
  if (percentOff !== undefined) return { kind: 'percent', percent: percentOff };
  if (amountOff !== undefined)
    return { kind: 'amount', amount: { amount: amountOff.amount, currency: amountOff.currency } };
  return { kind: 'free-ticket' };
}
