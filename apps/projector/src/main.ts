import 'reflect-metadata';
import { listen, loadConfig } from '@booking/platform';
import { createProjectorApp } from './create-projector-app';

async function main() {
  const config = loadConfig(process.env, { port: 3003 });
  const app = await createProjectorApp(config);
  console.log(`projector listening on ${await listen(app, config)}`);
}

void main();
