import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, groupRequestModel } from '@booking/command-pipeline';
import { answered } from '../shared/answered';
import type { GroupRequestResult } from '../request-group-booking/request-group-booking.command';
import { ApproveGroupRequestCommand } from './approve-group-request.command';

/** The request's stream decides who may approve (its event's organizer, admins) and that it is still pending. */
@CommandHandler(ApproveGroupRequestCommand)
export class ApproveGroupRequestHandler implements ICommandHandler<ApproveGroupRequestCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: ApproveGroupRequestCommand): Promise<GroupRequestResult> {
    const { requestId, reason, validHours } = data;
    const outcome = await this.pipeline.execute(
      groupRequestModel,
      requestId,
      {
        type: 'ApproveGroupRequest',
        data: { requestId, ...(reason !== undefined ? { reason } : {}), ...(validHours ? { validHours } : {}) },
      },
      context,
    );
    return answered(requestId, outcome);
  }
}
