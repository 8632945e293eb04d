import { Global, Module } from '@nestjs/common';
import { CommandPipelineModule } from '@booking/command-pipeline';
import { PolicyExecutor } from './policy-executor';

/** Nest wiring: the executor command handlers run policies inline with, and the projector's runner uses. */
@Global()
@Module({
  imports: [CommandPipelineModule],
  providers: [PolicyExecutor],
  exports: [PolicyExecutor],
})
export class ProcessManagersModule {}
