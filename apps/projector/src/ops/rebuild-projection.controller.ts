import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { ALL_PROJECTIONS, ProjectionRunner, type RebuildStatus } from '@booking/projections';
import { ApiProblems, Authenticated, ProblemException, problem } from '@booking/platform';

class RebuildStatusView {
  @ApiProperty({ description: 'The collection being built names the rebuild' }) id!: string;
  @ApiProperty({ example: 'catalog-events' }) projection!: string;
  @ApiProperty({ enum: ['running', 'done', 'failed'] }) state!: string;
  @ApiProperty({ description: 'The collection being built (live once done)' }) collection!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) finishedAt?: string;
  @ApiProperty({ pattern: '^\\d+$', description: 'Global position the new collection has applied' }) position!: string;
  @ApiProperty({ pattern: '^\\d+$', description: 'The log head now' }) head!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events read so far' }) events!: number;
  @ApiProperty({ type: 'number', minimum: 0 }) eventsPerSecond!: number;
  @ApiPropertyOptional() error?: string;
}

/**
 * Ops: rebuild a read model beside the live one and switch when caught up (no downtime). A
 * rebuild takes minutes on a large log, longer than any proxy waits, so it runs in the background:
 * the request answers 202 with a status resource to follow.
 */
@ApiTags('operations')
@Controller('api/ops/projections')
export class RebuildProjectionController {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post(':name/rebuild')
  @HttpCode(202)
  @Authenticated('ops', 'admin')
  @ApiAcceptedResponse({
    type: RebuildStatusView,
    description: 'Started: its status, to follow at the Location header (GET …/rebuilds/{id})',
  })
  @ApiProblems({ 404: 'No projection of that name', 409: 'Already being rebuilt' })
  async rebuild(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply) {
    known(name);
    try {
      const { id } = await this.runner.startRebuild(name);
      void reply.header('location', `/api/ops/projections/${name}/rebuilds/${id}`);
      return this.status(name, id);
    } catch (error) {
      if (error instanceof Error && /already being rebuilt/.test(error.message)) {
        throw new ProblemException(problem(409, 'rebuild-running', 'Conflict', error.message));
      }
      throw error;
    }
  }

  @Get(':name/rebuilds/:id')
  @Authenticated('ops', 'admin')
  @ApiOkResponse({ type: RebuildStatusView })
  @ApiProblems({ 404: 'No such projection, or no such rebuild of it in this process' })
  async get(@Param('name') name: string, @Param('id') id: string) {
    known(name);
    return this.status(name, id);
  }

  private async status(name: string, id: string): Promise<RebuildStatus & { head: string }> {
    const status = this.runner.rebuilds.status(id);
    if (!status || status.projection !== name) throw new NotFoundException(`No rebuild ${id} of ${name}`);
    return { ...status, head: String(await this.store.headPosition()) };
  }
}

function known(name: string): void {
  if (!ALL_PROJECTIONS.some((p) => p.name === name)) throw new NotFoundException(`Unknown projection ${name}`);
}
