import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { InfrastructureModule, createHttpApp, listen, loadConfig } from '@booking/platform';
import { CommandApiModule } from './command-api.module';

async function main() {
  const config = loadConfig(process.env, { port: 3001 });
  @Module({ imports: [InfrastructureModule.forRoot(config, {}, 'command-api'), CommandApiModule] })
  class CommandApiApp {}
  const app = await createHttpApp(CommandApiApp, { name: 'command-api', title: 'Booking command API', config });
  console.log(`command-api listening on ${await listen(app, config)}`);
}

void main();
