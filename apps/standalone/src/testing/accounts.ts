import { DevMailbox } from '@booking/mailer';
import type { TestApp } from './test-app';

export const tokenIn = (text: string) => /token=([0-9a-f-]{36}\.[A-Za-z0-9_-]{43})/.exec(text)?.[1];

/** Registers through the API, follows the mailed link, logs in as an API client. */
export async function signUp(t: TestApp, email: string, password = 'a long enough passphrase here', verify = true) {
  const mailbox = t.app.get(DevMailbox, { strict: false });
  await t.call('POST', '/api/accounts', { body: { email, password, displayName: email.split('@')[0] } });
  if (verify) {
    const token = tokenIn(mailbox.list({ to: email.toLowerCase() })[0].text)!;
    await t.call('POST', '/api/accounts/verify-email', { body: { token } });
  }
  return login(t, email, password);
}

export async function login(
  t: TestApp,
  email: string,
  password = 'a long enough passphrase here',
  device = 'test-device',
) {
  const response = await t.call('POST', '/api/auth/login', {
    body: { email, password, client: 'api' },
    headers: { 'user-agent': device },
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return response.body as {
    accessToken: string;
    refreshToken: string;
    position: string;
    user: { id: string; roles: string[] };
  };
}

export const bearer = (accessToken: string, extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${accessToken}`,
  ...extra,
});
