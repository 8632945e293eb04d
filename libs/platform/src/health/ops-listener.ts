import { type Server, createServer } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Metrics } from '../metrics/metrics';
import { HealthRegistry, unhealthy } from './health';

/**
 * INTERNAL_PORT: a second, unauthenticated listener for machines inside the deployment
 * (Prometheus, probes): `/metrics`, `/health` and `/health/details`. It is never routed by the
 * gateway or the Ingress; on the public port the same answers need the ops role.
 */
@Injectable()
export class OpsListener implements OnApplicationShutdown {
  private readonly logger = new Logger('OpsListener');
  private server?: Server;
  /** Where it listens, once started. */
  url?: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly health: HealthRegistry,
    private readonly metrics: Metrics,
  ) {}

  /** Starts listening when INTERNAL_PORT is set; answers its URL. */
  async start(): Promise<string | undefined> {
    const port = this.config.internalPort;
    if (port === undefined) return undefined;
    const server = createServer((request, response) => {
      this.answer(request.method ?? 'GET', (request.url ?? '/').split('?')[0]).then(
        ({ status, type, body }) => response.writeHead(status, { 'content-type': type }).end(body),
        (error: unknown) => {
          this.logger.error({ err: error }, 'ops request failed');
          response.writeHead(500).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, this.config.host, resolve));
    this.server = server;
    const address = server.address();
    this.url = `http://${this.config.host}:${typeof address === 'object' && address ? address.port : port}`;
    return this.url;
  }

  private async answer(method: string, path: string): Promise<{ status: number; type: string; body: string }> {
    const json = (status: number, body: unknown, type = 'application/json') => ({
      status,
      type,
      body: JSON.stringify(body),
    });
    if (method !== 'GET' && method !== 'HEAD') return json(405, { status: 405, title: 'Method Not Allowed' });
    if (path === '/metrics')
      return { status: 200, type: this.metrics.registry.contentType, body: await this.metrics.registry.metrics() };
    if (path === '/health' || path === '/health/details') {
      const report = await this.health.run();
      const detailed = path === '/health/details';
      if (report.status !== 'ok')
        return json(503, unhealthy(detailed ? report.checks : undefined), 'application/problem+json');
      return json(200, detailed ? report : { status: 'ok' });
    }
    return json(404, { status: 404, title: 'Not Found' }, 'application/problem+json');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
