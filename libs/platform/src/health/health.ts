import { Controller, Get, Injectable } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/guards';
import { ApiProblems } from '../openapi/api-problems';
import { type ProblemDetails, ProblemException, problem } from '../problem/problem';

export type HealthCheck = () => Promise<Record<string, unknown>> | Record<string, unknown>;

/** Each module registers what it depends on; /health runs every check. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();
  register(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }
  async run(): Promise<{ status: 'ok' | 'failing'; checks: Record<string, unknown> }> {
    const checks: Record<string, unknown> = {};
    let status: 'ok' | 'failing' = 'ok';
    for (const [name, check] of this.checks) {
      try {
        checks[name] = { status: 'ok', ...(await check()) };
      } catch (error) {
        status = 'failing';
        checks[name] = { status: 'failing', error: error instanceof Error ? error.message : String(error) };
      }
    }
    return { status, checks };
  }
}

/** The 503 every health answer gives when a dependency fails; `checks` only for those allowed to see them. */
export function unhealthy(checks?: Record<string, unknown>): ProblemDetails {
  return problem(503, 'unhealthy', 'Service Unavailable', 'A dependency is failing', checks ? { checks } : {});
}

/**
 * `/health` is public and says only ok or 503 (probes, load balancers). What each dependency
 * reports (positions, lag, collections) is for the ops role here, or on the internal port
 * (OpsListener) for Prometheus and probes inside the cluster.
 */
class LivenessAnswer {
  @ApiProperty({ enum: ['ok'] }) status!: string;
}

class HealthReport {
  @ApiProperty({ enum: ['ok'] }) status!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', properties: { status: { type: 'string', enum: ['ok', 'failing'] } } },
    description: 'Per dependency: its status and figures (the event store also gives its head position)',
  })
  checks!: Record<string, unknown>;
}

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  @Get()
  @ApiOkResponse({ type: LivenessAnswer, description: 'Nothing more: the figures are in /health/details (ops)' })
  @ApiProblems({ 503: 'A dependency is failing (problem+json, no details)' })
  async health() {
    const report = await this.registry.run();
    if (report.status !== 'ok') throw new ProblemException(unhealthy()); // expected, not logged as a failure
    return { status: 'ok' };
  }

  @Get('details')
  @Authenticated('ops')
  @ApiOkResponse({ type: HealthReport, description: 'What every dependency reports (ops)' })
  @ApiProblems({ 503: 'A dependency is failing (problem+json with the checks)' })
  async details() {
    const report = await this.registry.run();
    if (report.status !== 'ok') throw new ProblemException(unhealthy(report.checks));
    return report;
  }
}
