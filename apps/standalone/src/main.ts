import './compile-cache';
import 'reflect-metadata';
import { listen, loadConfig } from '@booking/platform';
import { createStandaloneApp } from './create-standalone-app';
import { startDevelopmentPayPal } from './paypal-stand-in';

async function main() {
  const env = { DEMO_MODE: 'true', ...process.env };
  const paypal = await startDevelopmentPayPal(env);
  const config = loadConfig(env, { port: 3000 });
  const app = await createStandaloneApp(config);
  const url = await listen(app, config);
  paypal?.setWebhookUrl(`${url}/api/payments/webhooks/paypal`);
  console.log(
    `\n  Booking platform is running: ${url}\n  API docs: ${url}/api/docs\n  Demo mode: ${config.demoMode ? 'on (sign in as a demo persona from the menu)' : 'off'}${paypal ? `\n  PayPal: the local stand-in at ${paypal.url} (not PayPal; PAYPAL_STAND_IN=off turns it off)` : ''}\n`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
