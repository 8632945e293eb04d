import { type PayPalStandIn, startPayPalStandIn } from '@booking/command-api';

/**
 * `npm start` without PayPal credentials offers PayPal through the local stand-in of its API
 * (apps/command-api/src/payments/shared/paypal/README.md), so a newcomer can try the card-or-PayPal
 * choice end to end; the SPA labels it a stand-in. PAYPAL_STAND_IN=off turns it off; it never runs
 * under NODE_ENV=production or beside real PayPal credentials (PAYPAL_CLIENT_ID). The settings go
 * into `env` as an operator would give them for PayPal.
 */
export async function startDevelopmentPayPal(env: NodeJS.ProcessEnv): Promise<PayPalStandIn | undefined> {
  const setting = (env.PAYPAL_STAND_IN ?? 'on').toLowerCase();
  if (setting === 'off' || env.PAYPAL_CLIENT_ID || env.NODE_ENV === 'production') return undefined;
  const standIn = await startPayPalStandIn({ webhookDelivery: 'auto' });
  Object.assign(env, {
    PAYPAL_CLIENT_ID: standIn.clientId,
    PAYPAL_CLIENT_SECRET: standIn.clientSecret,
    PAYPAL_WEBHOOK_ID: standIn.webhookId,
    PAYPAL_API_URL: standIn.url,
    PAYPAL_STAND_IN: 'on',
  });
  return standIn;
}
