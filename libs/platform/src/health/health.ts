import { Controller, Get, HttpException, Injectable } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../openapi/api-problems';

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
@Controller()
export class HealthController {
  constructor(private readonly registry: HealthRegistry) {}

  @Get('health')
  @ApiOkResponse({ type: HealthReport })
  @ApiProblems({ 503: 'A dependency is failing (problem+json with the checks)' })
  async health() {
    const report = await this.registry.run();
    if (report.status !== 'ok') {
      const body = {
        type: 'https://booking.example/problems/unhealthy',
        title: 'Service Unavailable',
        detail: 'A dependency is failing',
        checks: report.checks,
        status: 503,
      };
      throw new HttpException({ problem: body }, 503);
    }
    return report;
  }
}
