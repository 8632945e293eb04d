import { type KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppConfig } from '../config/app-config';

/** ES256 keys: services that only verify tokens hold the public key alone. */
export type JwtKeys = Readonly<{ publicKey: KeyObject; privateKey?: KeyObject; publicKeyPem: string }>;
export const JWT_KEYS = Symbol('JwtKeys');

/**
 * Keys come from JWT_PUBLIC_KEY / JWT_PRIVATE_KEY. Without them (development, the embedded
 * default) a key pair is generated once under <dataDir>/keys so separate local processes share it.
 */
export function resolveJwtKeys(config: AppConfig): JwtKeys {
  let { publicKeyPem, privateKeyPem } = config.jwt;
  if (!publicKeyPem) {
    const dir = join(config.dataDir, 'keys');
    const publicPath = join(dir, 'jwt-public.pem');
    const privatePath = join(dir, 'jwt-private.pem');
    if (!existsSync(publicPath)) generateDevKeys(dir);
    publicKeyPem = readFileSync(publicPath, 'utf8');
    privateKeyPem = readFileSync(privatePath, 'utf8');
  }
  return {
    publicKeyPem,
    publicKey: createPublicKey(publicKeyPem),
    ...(privateKeyPem ? { privateKey: createPrivateKey(privateKeyPem) } : {}),
  };
}

/** Writes the pair into a fresh folder and renames it into place: processes starting together agree on one pair. */
function generateDevKeys(dir: string): void {
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  mkdirSync(dirname(dir), { recursive: true });
  const staging = mkdtempSync(`${dir}.tmp-`);
  writeFileSync(join(staging, 'jwt-private.pem'), pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  writeFileSync(join(staging, 'jwt-public.pem'), pair.publicKey.export({ type: 'spki', format: 'pem' }));
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process won the race: use its keys
  }
}
