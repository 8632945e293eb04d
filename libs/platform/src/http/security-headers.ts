import helmet from 'helmet';

/** Where Stripe's Payment Element loads from, frames and calls (Stripe's documented CSP for Stripe.js). */
const STRIPE = {
  scriptSrc: ['https://js.stripe.com', 'https://*.js.stripe.com'],
  frameSrc: ['https://js.stripe.com', 'https://*.js.stripe.com', 'https://hooks.stripe.com'],
  connectSrc: ['https://api.stripe.com'],
};

/**
 * Helmet's security headers, computed once: the middleware recomputes its policy per request,
 * which showed up in profiles; the headers themselves never change. With Stripe as the payment
 * provider the policy also lets Stripe.js in (the Payment Element), and nothing else.
 */
export function securityHeaders(options: { stripe?: boolean } = {}): Record<string, string> {
  const stripe = options.stripe === true;
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
    getHeader: () => undefined,
  };
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", ...(stripe ? STRIPE.scriptSrc : [])],
        connectSrc: ["'self'", ...(stripe ? STRIPE.connectSrc : [])],
        ...(stripe ? { frameSrc: ["'self'", ...STRIPE.frameSrc] } : {}),
        frameAncestors: ["'none'"],
      },
    },
  });
  middleware({} as never, response as never, () => undefined);
  return headers;
}
