import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_LIMITS = { min: 12, max: 128 } as const;
const COMMON = new Set((dictionary as Record<string, string[]>)['passwords-common'].map((p) => p.toLowerCase()));

/**
 * ASVS-style rules: length 12–128 (any characters, no composition rules), not one of the most
 * common passwords (zxcvbn's list), not built on the e-mail's name. Returns what is wrong, or [].
 */
export function passwordProblems(password: string, email = ''): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_LIMITS.min) problems.push(`password must be at least ${PASSWORD_LIMITS.min} characters`);
  if (length > PASSWORD_LIMITS.max) problems.push(`password must be at most ${PASSWORD_LIMITS.max} characters`);
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/\d+$/, ''))) problems.push('password is too common');
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 3 && lower.includes(name)) problems.push('password must not contain your e-mail name');
  return problems;
}
