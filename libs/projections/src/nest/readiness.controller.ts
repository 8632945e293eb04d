import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { APP_CONFIG, ApiProblems, type AppConfig, ProblemException, problem } from '@booking/platform';
import { measureLag } from '../runner/projection-lag';
import { ProjectionRunner } from '../runner/projection-runner';

class ReadyAnswer {
  @ApiProperty({ enum: ['ready'] }) status!: string;
}

/**
 * Readiness of a process running projections: every projection serves a collection at most
 * READY_MAX_LAG events behind the log. Liveness is /health, which stays ok while catching up, so
 * a projector working through a backlog is kept out of rotation, never restarted for it.
 */
@ApiTags('operations')
@Controller()
export class ReadinessController {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('ready')
  @ApiOkResponse({ type: ReadyAnswer })
  @ApiProblems({ 503: 'A projection is building or more than READY_MAX_LAG events behind' })
  async ready() {
    const report = await measureLag(this.store, this.runner.positions());
    const lags = Object.entries(report.projections);
    const building = lags.filter(([, lag]) => lag.collection === undefined).map(([name]) => name);
    const behind = Math.max(0, ...lags.map(([, lag]) => lag.behind));
    if (building.length > 0 || behind > this.config.readyMaxLag) {
      const why = building.length > 0 ? `building ${building.join(', ')}` : `${behind} events behind`;
      throw new ProblemException(
        problem(503, 'not-ready', 'Service Unavailable', `Projections are catching up (${why})`),
        { 'retry-after': '5' },
      );
    }
    return { status: 'ready', behind };
  }
}
