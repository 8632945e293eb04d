import { Controller, HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ALL_PROJECTIONS, ProjectionRunner } from '@booking/projections';
import { ApiProblems, Authenticated, ProblemException, problem } from '@booking/platform';

class RebuildAnswer {
  @ApiProperty({ example: 'catalog-events' }) projection!: string;
  @ApiProperty({ description: 'The collection now live' }) collection!: string;
  @ApiProperty({ pattern: '^\\d+$' }) position!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) ms!: number;
}

/** Ops: rebuild a read model beside the live one and switch when caught up (no downtime). */
@ApiTags('operations')
@Controller('api/ops/projections')
export class RebuildProjectionController {
  constructor(private readonly runner: ProjectionRunner) {}

  @Post(':name/rebuild')
  @HttpCode(200)
  @Authenticated('ops', 'admin')
  @ApiOkResponse({ type: RebuildAnswer, description: 'Once switched over' })
  @ApiProblems({ 404: 'No projection of that name', 409: 'Already being rebuilt' })
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
