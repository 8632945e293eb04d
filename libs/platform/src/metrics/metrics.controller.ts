import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Authenticated } from '../auth/guards';
import { Metrics } from './metrics';

@ApiExcludeController()
@Controller()
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  /** For the ops role on the public port; Prometheus scrapes the internal port (OpsListener) instead. */
  @Get('metrics')
  @Authenticated('ops')
  @Header('content-type', 'text/plain; version=0.0.4')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
