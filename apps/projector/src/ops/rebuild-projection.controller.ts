import { Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { ALL_PROJECTIONS, ProjectionRunner } from '@booking/projections';
import { Authenticated, ProblemException, problem } from '@booking/platform';

/** Ops: rebuild a read model beside the live one and switch when caught up (no downtime). */
@ApiTags('operations')
@Controller('api/ops/projections')
export class RebuildProjectionController {
  constructor(private readonly runner: ProjectionRunner) {}

  @Post(':name/rebuild')
  @HttpCode(200)
  @Authenticated('ops', 'admin')
  @ApiAcceptedResponse({ description: '{ projection, collection, position, ms } once switched over' })
  async rebuild(@Param('name') name: string) {
    if (!ALL_PROJECTIONS.some((p) => p.name === name)) throw new NotFoundException(`Unknown projection ${name}`);
    const started = Date.now();
    try {
      const { collection, position } = await this.runner.rebuild(name);
      return { projection: name, collection, position: String(position), ms: Date.now() - started };
    } catch (error) {
      if (error instanceof Error && /already being rebuilt/.test(error.message)) {
        throw new ProblemException(problem(409, 'rebuild-running', 'Conflict', error.message));
      }
      throw error;
    }
  }
}
