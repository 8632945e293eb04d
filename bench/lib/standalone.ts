import { createPrivateKey, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { type Child, startNode } from './processes';

export type StandaloneServer = Child & {
  /** The server's data folder (SQLite log, keys); the caller removes it when done. */
  dataDir: string;
  /** An access token the server accepts, signed with its own key. */
  token(roles: string[], subject?: string): string;
};

/** The built standalone app in its own process on a fresh data folder, demo seed off. */
export async function startStandalone(name: string): Promise<StandaloneServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const server = await startNode('dist/apps/standalone/src/main.js', {
    DATA_DIR: dataDir,
    DEMO_MODE: 'false',
    WEB_DIST: join(dataDir, 'none'),
  });
  return { ...server, dataDir, token: tokenSigner(dataDir) };
}

/** Signs access tokens with the key a server generated in `dataDir` (after it started). */
export function tokenSigner(dataDir: string): StandaloneServer['token'] {
  const key = createPrivateKey(readFileSync(join(dataDir, 'keys/jwt-private.pem')));
  return (roles, subject = randomUUID()) =>
    jwt.sign({ roles }, key, {
      algorithm: 'ES256',
      subject,
      issuer: 'booking-platform',
      audience: 'booking-api',
      expiresIn: 3600,
    });
}
