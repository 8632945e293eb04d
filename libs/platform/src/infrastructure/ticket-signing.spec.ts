import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { resolveTicketCodes } from './ticket-signing';

const EVENT = '0190b000-0000-7000-8000-0000000000e1';
const TICKET = '0190b000-0000-7000-8000-0000000000a1';
const secret = (byte: number) => Buffer.alloc(32, byte).toString('base64url');

describe('resolveTicketCodes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ticket-signing-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a development secret once in the data dir and signs with it after a restart', () => {
    const config = loadConfig({ DATA_DIR: dir }).ticketSigning;
    const first = resolveTicketCodes(config).issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 });
    const file = readFileSync(join(dir, 'ticket-signing.key'), 'utf8');
    expect(file).toMatch(/^1:[A-Za-z0-9_-]{43}\n$/);
    expect(
      resolveTicketCodes(loadConfig({ DATA_DIR: dir }).ticketSigning).issue({
        eventId: EVENT,
        ticketId: TICKET,
        reissue: 0,
      }),
    ).toBe(first);
    expect(readFileSync(join(dir, 'ticket-signing.key'), 'utf8')).toBe(file);
  });

  it('refuses to start in production without TICKET_SIGNING_SECRETS, naming it', () => {
    expect(() => resolveTicketCodes(loadConfig({ DATA_DIR: dir, NODE_ENV: 'production' }).ticketSigning)).toThrow(
      /^TICKET_SIGNING_SECRETS .*must be set in production/,
    );
  });

  it('takes a named secrets file in production, and refuses one that does not exist', () => {
    const file = join(dir, 'mounted.key');
    const env = { DATA_DIR: dir, NODE_ENV: 'production', TICKET_SIGNING_SECRETS_FILE: file };
    expect(() => resolveTicketCodes(loadConfig(env).ticketSigning)).toThrow(/mounted\.key does not exist/);
    writeFileSync(file, `3:${secret(3)}\n`);
    expect(
      resolveTicketCodes(loadConfig(env).ticketSigning)
        .publicKeys(EVENT)
        .map((key) => key.kid),
    ).toEqual([3]);
  });

  it('signs with TICKET_SIGNING_KID, else the highest kid, and publishes a key per kid', async () => {
    const env = { DATA_DIR: dir, NODE_ENV: 'production', TICKET_SIGNING_SECRETS: `1:${secret(1)},2:${secret(2)}` };
    const latest = resolveTicketCodes(loadConfig(env).ticketSigning);
    const pinned = resolveTicketCodes(loadConfig({ ...env, TICKET_SIGNING_KID: '1' }).ticketSigning);
    expect(latest.publicKeys(EVENT).map((key) => key.kid)).toEqual([1, 2]);
    const check = await latest.verify(latest.issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 }), EVENT);
    expect(check).toMatchObject({ ok: true, ticket: { kid: 2 } });
    expect(await latest.verify(pinned.issue({ eventId: EVENT, ticketId: TICKET, reissue: 0 }), EVENT)).toMatchObject({
      ok: true,
      ticket: { kid: 1 },
    });
  });

  it('refuses a malformed kid or a short secret', () => {
    const env = { DATA_DIR: dir, TICKET_SIGNING_SECRETS: `1:${secret(1)}` };
    expect(() => resolveTicketCodes(loadConfig({ ...env, TICKET_SIGNING_KID: 'one' }).ticketSigning)).toThrow(
      /TICKET_SIGNING_KID/,
    );
    expect(() =>
      resolveTicketCodes(loadConfig({ DATA_DIR: dir, TICKET_SIGNING_SECRETS: '1:c2hvcnQ' }).ticketSigning),
    ).toThrow();
  });
});
