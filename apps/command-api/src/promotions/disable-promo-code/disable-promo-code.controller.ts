import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { PromoCodeAnswer } from '../promotions.answers';
import { DisablePromoCodeCommand } from './disable-promo-code.command';

@ApiTags('promotions')
@Controller('api/promo-codes')
export class DisablePromoCodeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/disable')
  @HttpCode(200)
  @Authenticated('organizer', 'admin')
  @ApiOkResponse({ type: PromoCodeAnswer, description: 'Disabled (again: no change)' })
  @ApiProblems({ 404: 'No such code of yours' })
  async disable(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new DisablePromoCodeCommand({ data: { promoId: id.toLowerCase() }, context }),
    );
    return withPosition(reply, position, result);
  }
}
