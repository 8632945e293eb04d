import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's suggested minimum (19 MiB, 2 passes, 1 lane). @node-rs/argon2 ships
 * prebuilt binaries in its npm packages: nothing is compiled at install.
 */
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolated modules cannot read)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export class PasswordHasher {
  private dummy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(hashed: string, password: string): Promise<boolean> {
    try {
      return await verify(hashed, password);
    } catch {
      return false;
    }
  }

  /** Spends the same time as a real check, so an unknown address cannot be told apart by timing. */
  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummy ??= this.hash('not-a-real-password-but-the-same-cost');
    await this.verify(await this.dummy, password);
    return false;
  }
}
