import { securityHeaders } from './security-headers';

describe('security headers', () => {
  const directives = (stripe: boolean) =>
    Object.fromEntries(
      (securityHeaders({ stripe })['content-security-policy'] ?? '').split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources.join(' ')];
      }),
    );

  it('keep scripts, frames and calls to our own origin', () => {
    const policy = directives(false);
    expect(policy['script-src']).toBe("'self'");
    expect(policy['connect-src']).toBe("'self'");
    expect(policy['frame-src']).toBeUndefined();
    expect(JSON.stringify(policy)).not.toContain('stripe.com');
  });

  it('let Stripe.js in, and nothing else, when Stripe takes the payments', () => {
    const policy = directives(true);
    expect(policy['script-src']).toBe("'self' https://js.stripe.com https://*.js.stripe.com");
    expect(policy['connect-src']).toBe("'self' https://api.stripe.com");
    expect(policy['frame-src']).toBe("'self' https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com");
    expect(policy['frame-ancestors']).toBe("'none'");
  });
});
