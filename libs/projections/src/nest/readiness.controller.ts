import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, ApiProblems, type AppConfig, ProblemException, problem } from '@booking/platform';
import { LagMonitor } from '../runner/lag-monitor';
import type { LagReport } from '../runner/projection-lag';

class ReadyAnswer {
  @ApiProperty({ enum: ['ready'] }) status!: string;
}

/**
 * Readiness of a process running projections: every projection serves a collection at most
 * READY_MAX_LAG events behind the log. Liveness is /health, which stays ok while catching up, so
 * a projector working through a backlog is kept out of rotation, never restarted for it. It is
 * public, so it says ready or not and nothing more: the lag per projection is on /health/details.
 */
@ApiTags('operations')
@Controller()
export class ReadinessController {
  constructor(
    private readonly lag: LagMonitor,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('ready')
  @ApiOkResponse({ type: ReadyAnswer })
  @ApiProblems({
    503: 'A projection is building or more than READY_MAX_LAG events behind, or the log cannot be read',
  })
  async ready() {
    const report = await this.lag.report().catch(() => {
      throw notReady('The event log cannot be read');
    });
    if (!servesWithin(report, this.config.readyMaxLag)) throw notReady('Projections are catching up');
    return { status: 'ready' };
  }
}

/** Every projection serves a collection (none is building) and is at most `maxLag` events behind. */
function servesWithin(report: LagReport, maxLag: number): boolean {
  return Object.values(report.projections).every((lag) => lag.collection !== undefined && lag.behind <= maxLag);
}

/** Expected while starting or catching up: a 503 the ProblemFilter does not log as a failure. */
const notReady = (detail: string) =>
  new ProblemException(problem(503, 'not-ready', 'Service Unavailable', detail), { 'retry-after': '5' });
