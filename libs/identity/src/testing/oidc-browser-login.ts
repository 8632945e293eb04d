/**
 * Plays the user's browser through oidc-provider's dev interactions: follows redirects by hand,
 * keeps cookies, submits the login form, and stops at the redirect back to the client, returning
 * the parameters the provider put on it (what the SPA would post to our callback).
 */
export async function loginThroughBrowser(
  authorizationUrl: string,
  redirectUri: string,
  account: string,
): Promise<{ code: string; state: string; iss?: string }> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(`${redirectUri}?`)) return callbackParams(new URL(url));
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: form.toString() } : {}),
    });
    form = undefined;
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...rest] = (pair as string).split('=');
      cookies.set((name as string).trim(), rest.join('='));
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      url = new URL(location, url).href;
      await response.body?.cancel();
      continue;
    }
    const html = await response.text();
    if (response.status !== 200 || !html.includes('name="login"')) {
      throw new Error(`unexpected ${response.status} at ${url}: ${html.slice(0, 500)}`);
    }
    // The dev login form posts back to the interaction URL it was served from.
    form = new URLSearchParams({ prompt: 'login', login: account, password: 'any' });
  }
  throw new Error('too many redirects');
}

function callbackParams(url: URL): { code: string; state: string; iss?: string } {
  const error = url.searchParams.get('error');
  if (error) throw new Error(`authorization failed: ${error} ${url.searchParams.get('error_description') ?? ''}`);
  const iss = url.searchParams.get('iss');
  return {
    code: url.searchParams.get('code') ?? '',
    state: url.searchParams.get('state') ?? '',
    ...(iss ? { iss } : {}),
  };
}
