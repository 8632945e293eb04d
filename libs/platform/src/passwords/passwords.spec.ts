import { PasswordHasher } from './password-hasher';
import { passwordProblems } from './password-policy';
import { composeToken, hashSecret, newSecret, parseToken } from './secrets';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hasher = new PasswordHasher();
    const hashed = await hasher.hash('correct horse battery staple');
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(hashed, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(hashed, 'correct horse battery stapl')).toBe(false);
    expect(await hasher.verify('not a hash', 'x')).toBe(false);
    expect(await hasher.verifyAgainstNothing('anything')).toBe(false);
  });

  it.each([
    ['short1', /at least 12/],
    ['x'.repeat(129), /at most 128/],
    ['password1234', /too common/],
    ['qwertyuiop123', /too common/],
    ['annabelle-is-great', /e-mail name/],
  ])('refuses %s', (password, problem) => {
    expect(passwordProblems(password, 'annabelle@example.com').join('; ')).toMatch(problem);
  });

  it('accepts a long passphrase of any characters', () => {
    expect(passwordProblems('Zebras sing 🎵 at dawn', 'ann@example.com')).toEqual([]);
  });

  it('issues opaque tokens whose secret is stored hashed', () => {
    const secret = newSecret();
    const token = composeToken('0190a000-0000-7000-8000-00000000a001', secret);
    expect(parseToken(token)).toEqual({ id: '0190a000-0000-7000-8000-00000000a001', secret });
    expect(hashSecret(secret)).not.toContain(secret);
    expect(parseToken('nope')).toBeUndefined();
    expect(parseToken(`${token}x`)).toBeUndefined();
  });
});
