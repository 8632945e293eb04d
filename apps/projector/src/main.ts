import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { InfrastructureModule, createHttpApp, listen, loadConfig } from '@booking/platform';
import { ProjectionsModule } from '@booking/projections';
import { ProjectorModule } from './projector.module';

async function main() {
  const config = loadConfig(process.env, { port: 3003 });
  @Module({
    imports: [InfrastructureModule.forRoot(config), ProjectorModule.register(ProjectionsModule.forRoot('run'))],
  })
  class ProjectorApp {}
  // HTTP here serves /health, /metrics and the ops rebuild endpoint only.
  const app = await createHttpApp(ProjectorApp, { name: 'projector', title: 'Booking projector (ops)', config });
  console.log(`projector listening on ${await listen(app, config)}`);
}

void main();
