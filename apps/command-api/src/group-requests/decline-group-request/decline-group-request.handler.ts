import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, groupRequestModel } from '@booking/command-pipeline';
import { answered } from '../shared/answered';
import type { GroupRequestResult } from '../request-group-booking/request-group-booking.command';
import { DeclineGroupRequestCommand } from './decline-group-request.command';

/** As approving: the request's stream decides who may answer and that it is still pending. */
@CommandHandler(DeclineGroupRequestCommand)
export class DeclineGroupRequestHandler implements ICommandHandler<DeclineGroupRequestCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: DeclineGroupRequestCommand): Promise<GroupRequestResult> {
    const { requestId, reason } = data;
    const outcome = await this.pipeline.execute(
      groupRequestModel,
      requestId,
      { type: 'DeclineGroupRequest', data: { requestId, reason } },
      context,
    );
    return answered(requestId, outcome);
  }
}
