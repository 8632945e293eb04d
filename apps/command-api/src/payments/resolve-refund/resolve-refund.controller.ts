import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { RefundAnswer } from '../issue-refund/issue-refund.controller';
import { ResolveRefundCommand } from './resolve-refund.command';
import { ResolveRefundRequest } from './resolve-refund.request';

@ApiTags('payments')
@Controller('api/finance/refunds')
export class ResolveRefundController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':refundId/manual')
  @HttpCode(200)
  @Authenticated('finance', 'admin')
  @ApiOkResponse({ type: RefundAnswer, description: 'Marked as refunded by hand (status manual), with the note' })
  @ApiProblems({
    403: 'Only finance and admins resolve refunds',
    404: 'No such refund',
    409: 'The refund has not failed (refund.not-failed)',
    422: 'An empty note',
  })
  async resolve(
    @Param('refundId', new ParseUUIDPipe()) refundId: string,
    @Body() body: ResolveRefundRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new ResolveRefundCommand({ data: { refundId: refundId.toLowerCase(), note: body.note }, context }),
    );
    return withPosition(reply, position, result);
  }
}
