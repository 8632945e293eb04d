import './compile-cache';
import 'reflect-metadata';
import { listen, loadConfig } from '@booking/platform';
import { createStandaloneApp } from './create-standalone-app';

async function main() {
  const config = loadConfig({ DEMO_MODE: 'true', ...process.env }, { port: 3000 });
  const app = await createStandaloneApp(config);
  const url = await listen(app, config);
  console.log(
    `\n  Booking platform is running: ${url}\n  API docs: ${url}/api/docs\n  Demo mode: ${config.demoMode ? 'on (sign in as a demo persona from the menu)' : 'off'}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
