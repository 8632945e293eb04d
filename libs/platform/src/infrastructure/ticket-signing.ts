import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIN_SECRET_BYTES, TicketCodes, parseTicketSigningSecrets } from '@booking/tickets';
import type { TicketSigningConfig } from '../config/app-config';

/** The kid of a secret generated for development: the first one. */
const DEV_KID = 1;

/**
 * TicketCodes from TICKET_SIGNING_SECRETS (or the file TICKET_SIGNING_SECRETS_FILE) and
 * TICKET_SIGNING_KID. Without them a process in production refuses to start (every code it signed
 * would be lost with its disk); in development a secret is generated once in the data dir, so codes
 * stay valid across restarts and local processes agree.
 */
export function resolveTicketCodes(config: TicketSigningConfig): TicketCodes {
  let text = config.secrets;
  if (!text) {
    if (config.required && !(config.keyFileNamed && existsSync(config.keyFile)))
      throw new Error(
        `TICKET_SIGNING_SECRETS (or TICKET_SIGNING_SECRETS_FILE naming an existing file) must be set in production${
          config.keyFileNamed ? `; ${config.keyFile} does not exist` : ''
        }: "<kid>:<base64url of at least 32 random bytes>", e.g. 1:$(openssl rand -base64 32 | tr "+/" "-_" | tr -d "="). ` +
          'Ticket codes are signed with keys derived from it; a generated secret would be lost with the disk.',
      );
    if (!existsSync(config.keyFile)) createSecretFile(config.keyFile);
    text = readFileSync(config.keyFile, 'utf8').trim();
  }
  return new TicketCodes(parseTicketSigningSecrets(text, currentKid(text, config.kid)));
}

/** TICKET_SIGNING_KID, else the highest kid listed (a new secret is added under a higher kid). */
function currentKid(text: string, kid: string | undefined): number {
  if (kid !== undefined) {
    if (!/^\d{1,3}$/.test(kid)) throw new Error('TICKET_SIGNING_KID must be a whole number from 0 to 255');
    return Number(kid);
  }
  const kids = [...text.matchAll(/(?:^|,)\s*(\d{1,3}):/g)].map((match) => Number(match[1]));
  if (kids.length === 0) throw new Error('TICKET_SIGNING_SECRETS: each secret is <kid>:<base64url>');
  return Math.max(...kids);
}

/** Written aside, then linked into place: a process starting beside this one never reads half a secret. */
function createSecretFile(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const draft = `${path}.${process.pid}.tmp`;
  writeFileSync(draft, `${DEV_KID}:${randomBytes(MIN_SECRET_BYTES).toString('base64url')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first
  } finally {
    unlinkSync(draft);
  }
}
