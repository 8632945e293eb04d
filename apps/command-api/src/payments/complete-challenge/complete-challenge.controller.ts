import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated, ProblemException, problem } from '@booking/platform';
import { PaymentAnswer } from '../../booking/booking.answers';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { CompleteChallengeCommand } from './complete-challenge.command';
import { CompleteChallengeRequest } from './complete-challenge.request';

const INTENT_ID = /^pi_[0-9a-f]{32}$/;

export class ChallengeAnswer extends PaymentAnswer {
  @ApiProperty({ description: 'Where the buyer goes back to (the booking page)', example: '/bookings/…' })
  returnUrl!: string;
}

@ApiTags('payments')
@Controller('api/payments/test-mode/challenges')
export class CompleteChallengeController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':intentId')
  @HttpCode(200)
  @Authenticated()
  @ApiParam({ name: 'intentId', schema: { type: 'string', pattern: INTENT_ID.source, minLength: 35, maxLength: 35 } })
  @ApiOkResponse({ type: ChallengeAnswer, description: 'Authenticated (the payment succeeded) or failed (declined)' })
  @ApiProblems({
    400: 'Not a payment intent id, or not pass/fail',
    404: 'No such payment intent of yours',
    409: 'The intent is not waiting for 3-D Secure (answered already, or canceled)',
  })
  async complete(
    @Param('intentId') intentId: string,
    @Body() body: CompleteChallengeRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!INTENT_ID.test(intentId)) {
      throw new ProblemException(
        problem(400, 'bad-intent-id', 'Bad Request', 'intentId must be pi_ and 32 hex digits'),
      );
    }
    const { position, ...result } = await this.commands.execute(
      new CompleteChallengeCommand({ data: { intentId, outcome: body.outcome }, context }),
    );
    return withPosition(reply, position, result);
  }
}
