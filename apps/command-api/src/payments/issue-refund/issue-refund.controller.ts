import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { CommandAnswer } from '../../http/command-answer';
import { withPosition } from '../../http/position';
import { IssueRefundCommand } from './issue-refund.command';
import { IssueRefundRequest } from './issue-refund.request';

const REFUND_STATUSES = ['requested', 'sent', 'succeeded', 'failed', 'manual'];

export class RefundAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) refundId!: string;
  @ApiProperty({ format: 'uuid' }) bookingId!: string;
  @ApiProperty({ enum: REFUND_STATUSES, description: 'Where the refund is now (docs/payments.md, "Refunds")' })
  status!: string;
}

@ApiTags('payments')
@Controller('api/finance/refunds')
export class IssueRefundController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Authenticated('finance', 'admin')
  @ApiCreatedResponse({ type: RefundAnswer, description: 'Requested and sent to the provider against the payment' })
  @ApiProblems({
    403: 'Only finance and admins issue refunds',
    404: 'No such booking',
    409: 'The booking has no payment to refund',
    422: 'Above what the payment has left to refund (refund.exceeds-paid), or not in its currency',
  })
  async issue(
    @Body() body: IssueRefundRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new IssueRefundCommand({
        data: {
          bookingId: body.bookingId.toLowerCase(),
          amount: { amount: body.amount.amount, currency: body.amount.currency },
          reason: body.reason ?? '',
        },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
