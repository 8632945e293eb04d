import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, type InfrastructureOverrides, createHttpApp } from '@booking/platform';
import { landingPrerender } from './landing/landing-prerender';
import { DemoSeeder } from './seed/demo-seeder';
import { StandaloneModule } from './standalone.module';

/** Builds the whole product in one process (tests call this too, with overrides). */
export async function createStandaloneApp(
  config: AppConfig,
  overrides: InfrastructureOverrides = {},
): Promise<NestFastifyApplication> {
  @Module({ imports: [StandaloneModule.forRoot(config, overrides)] })
  class StandaloneApp {}
  const app = await createHttpApp(StandaloneApp, {
    name: 'standalone',
    title: 'Booking platform API',
    config,
    spaRoot: config.webDist,
    spaPrerender: landingPrerender,
  });
  await app.init();
  await app.get(DemoSeeder).seedIfEmpty();
  return app;
}
