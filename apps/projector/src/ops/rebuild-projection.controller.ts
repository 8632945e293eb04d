import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { ALL_PROJECTIONS, ProjectionRunner, type RebuildStatus } from '@booking/projections';
import { Authenticated, ProblemException, problem } from '@booking/platform';

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
  @ApiAcceptedResponse({ description: 'Started: the rebuild status (see GET …/rebuilds/{id}); Location names it' })
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
  @ApiOkResponse({
    description:
      '{ id, projection, state: running|done|failed, collection, startedAt, finishedAt?, position, head, events, eventsPerSecond, error? }',
  })
  @ApiNotFoundResponse({ description: 'No such rebuild in this process' })
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
