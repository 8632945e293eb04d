import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { InfrastructureModule, createHttpApp, listen, loadConfig } from '@booking/platform';
import { ProjectionsModule } from '@booking/projections';
import { QueryApiModule } from './query-api.module';

async function main() {
  const config = loadConfig(process.env, { port: 3002 });
  // On the in-memory read store each process builds its own read models from the log;
  // on MongoDB the projector builds them once and this process only reads.
  const projections = ProjectionsModule.forRoot(config.readStore.kind === 'memory' ? 'run' : 'read');
  @Module({ imports: [InfrastructureModule.forRoot(config, {}, 'query-api'), QueryApiModule.register(projections)] })
  class QueryApiApp {}
  const app = await createHttpApp(QueryApiApp, { name: 'query-api', title: 'Booking query API', config });
  console.log(`query-api listening on ${await listen(app, config)}`);
}

void main();
