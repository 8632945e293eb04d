export const ACCOUNT_CATEGORY = 'account';
export const EMAIL_CATEGORY = 'email';
export const SESSION_CATEGORY = 'session';

/** Addresses compare case-insensitively and in Unicode NFC (so "É" typed two ways is one address). */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/u;
