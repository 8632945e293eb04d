import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, InfrastructureModule, type InfrastructureOverrides, createHttpApp } from '@booking/platform';
import { ProjectionsModule } from '@booking/projections';
import { ProjectorModule } from './projector.module';

/**
 * The projector process (tests call this too, with overrides). Its HTTP serves /health, /ready,
 * /metrics and the ops rebuild endpoints only, so it listens before the projections have caught
 * up: a backlog must not keep the probes from reaching it (k8s/projector.yaml).
 */
export async function createProjectorApp(
  config: AppConfig,
  overrides: InfrastructureOverrides = {},
): Promise<NestFastifyApplication> {
  @Module({
    imports: [
      InfrastructureModule.forRoot(config, overrides, 'projector'),
      ProjectorModule.register(ProjectionsModule.forRoot('run', { catchUpBeforeServing: false })),
    ],
  })
  class ProjectorApp {}
  return createHttpApp(ProjectorApp, { name: 'projector', title: 'Booking projector (ops)', config });
}
