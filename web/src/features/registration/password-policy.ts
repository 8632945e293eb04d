// The server's password rules (docs/api-accounts.md), checked as the user types. The server stays the
// judge: its list of common passwords is far longer than this one.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '111111111111',
  '000000000000',
  '123123123123',
  '121212121212',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'password1234!',
  'qwertyuiopas',
  'qwerty123456',
  'qwertyuiop123',
  'qwerty12345678',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'q1w2e3r4t5y6',
  'abcdefghijkl',
  'abc123abc123',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'dragon123456',
  'monkey123456',
  'master123456',
  'superman1234',
  'trustno1trustno1',
  'changeme1234',
  'administrator',
  'administrator1',
  'adminadmin123',
  'correcthorsebatterystaple',
  'zaq12wsxcde3',
  'asdfghjkl123',
  'zxcvbnm12345',
  'aaaaaaaaaaaa',
  'passw0rd1234',
  'p@ssw0rd1234',
]);

export type PasswordCheck = { id: string; label: string; ok: boolean };

function isCommon(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON.has(p)) return true;
  if (/^(.)\1+$/.test(p)) return true; // one character repeated
  return /^(.{1,4})\1+$/.test(p); // a short chunk repeated ("abcabcabcabc")
}

/** The local part of an address ("jane.doe" of jane.doe@example.com), lower-cased. */
export const emailName = (email: string) => email.trim().toLowerCase().split('@')[0] ?? '';

/** Each rule and whether the password meets it. */
export function passwordChecks(password: string, email?: string): PasswordCheck[] {
  const name = email ? emailName(email) : '';
  const checks: PasswordCheck[] = [
    { id: 'min', label: `At least ${PASSWORD_MIN} characters`, ok: password.length >= PASSWORD_MIN },
    { id: 'max', label: `At most ${PASSWORD_MAX} characters`, ok: password.length <= PASSWORD_MAX },
    { id: 'common', label: 'Not a common password', ok: password.length > 0 && !isCommon(password) },
  ];
  if (email !== undefined) {
    checks.push({
      id: 'email',
      label: 'Does not contain the name of your e-mail address',
      ok: password.length > 0 && !(name.length > 0 && password.toLowerCase().includes(name)),
    });
  }
  return checks;
}

/** The first rule the password breaks, as a message for the input; undefined if it meets them all. */
export function validatePassword(password: string, email?: string): string | undefined {
  if (!password) return 'Choose a password.';
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (isCommon(password)) return 'This password is too common. Choose one that is harder to guess.';
  const name = email ? emailName(email) : '';
  if (name && password.toLowerCase().includes(name)) return 'Do not use the name of your e-mail address.';
  return undefined;
}

/** A rough strength: 0 (empty) to 4, for the meter. */
export function passwordStrength(password: string): number {
  if (!password) return 0;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  let score = password.length >= PASSWORD_MIN ? 2 : 1;
  if (password.length >= 16) score++;
  if (classes >= 3) score++;
  if (isCommon(password)) score = 1;
  return Math.min(4, score);
}
