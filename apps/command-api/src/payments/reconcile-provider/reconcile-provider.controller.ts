import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblems, Authenticated } from '@booking/platform';
import { CommandAnswer } from '../../http/command-answer';
import { CommandRequest, type RequestContext } from '../../http/command-context';
import { withPosition } from '../../http/position';
import { ReconcileProviderCommand } from './reconcile-provider.command';
import { ReconcileProviderRequest } from './reconcile-provider.request';

export class ReconciliationAnswer extends CommandAnswer {
  @ApiProperty({ format: 'uuid' }) reconciliationId!: string;
  @ApiProperty({ example: 'test-mode' }) provider!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Records the provider gave for the period' })
  records!: number;
  @ApiProperty({ format: 'date-time', description: 'From when the provider still keeps records' })
  coveredFrom!: string;
  @ApiProperty({ description: 'More records than a statement holds: narrow the period' }) truncated!: boolean;
}

@ApiTags('ledger')
@Controller('api/finance/reconciliations')
export class ReconcileProviderController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Authenticated('finance', 'admin')
  @ApiCreatedResponse({
    type: ReconciliationAnswer,
    description:
      "The provider's statement of the period, fetched and recorded; read the comparison at GET /api/finance/reconciliations/{id}",
  })
  @ApiProblems({
    403: 'Only finance and admins reconcile',
    422: 'A period that ends before it starts, lasts over 93 days, or has not begun; a provider not configured here',
    503: 'The payment provider cannot be reached',
  })
  async reconcile(
    @Body() body: ReconcileProviderRequest,
    @CommandRequest() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { position, ...result } = await this.commands.execute(
      new ReconcileProviderCommand({
        data: { from: body.from, to: body.to, ...(body.provider ? { provider: body.provider } : {}) },
        context,
      }),
    );
    return withPosition(reply, position, result);
  }
}
