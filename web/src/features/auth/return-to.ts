// Where to go after signing in: only paths of this app (never another origin, never back to login).
const KEY = 'seatwise.returnTo';

export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/login') || value.startsWith('/auth/')) return '/';
  return value;
}

/** Kept across the round trip to an identity provider (not a secret: just a path). */
export function rememberReturnTo(path: string): void {
  try {
    window.sessionStorage.setItem(KEY, safeReturnTo(path));
  } catch {
    // Without storage the user simply lands on the home page.
  }
}

export function takeReturnTo(): string {
  try {
    const value = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
    return safeReturnTo(value);
  } catch {
    return '/';
  }
}

/** `/login?returnTo=<here>` */
export const loginPath = (returnTo: string) =>
  returnTo === '/' ? '/login' : `/login?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;
