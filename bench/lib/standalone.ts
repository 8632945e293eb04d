import { createPrivateKey, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { type Child, startNode } from './processes';

export type StandaloneServer = Child & {
  /** Where GETs go: the same process, or the query API in the split deployment. */
  readUrl: string;
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
  return { ...server, readUrl: server.url, dataDir, token: tokenSigner(dataDir) };
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

/**
 * The separate-processes deployment on one fresh data folder (README "Separate processes"): the
 * command API, the projector (read models, policies, mails) and the query API, each a process of
 * its own over the same SQLite log, so a 2-core machine runs the command path and the projector's
 * work side by side. The command API starts first: it creates the log and the signing keys.
 */
export async function startSplit(name: string): Promise<StandaloneServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const env = { DATA_DIR: dataDir, DEMO_MODE: 'false', WEB_DIST: join(dataDir, 'none') };
  const command = await startNode('dist/apps/command-api/src/main.js', env);
  const projector = await startNode('dist/apps/projector/src/main.js', env);
  const query = await startNode('dist/apps/query-api/src/main.js', env);
  return {
    ...command,
    readUrl: query.url, // `url` is the command API (every method but GET)
    dataDir,
    token: tokenSigner(dataDir),
    stop: async () => {
      await command.stop();
      await Promise.all([projector.stop(), query.stop()]);
    },
  };
}
