import { signatureHeader, verifySignature } from './webhook-signature';

const secret = 'whsec_test';
const body = '{"id":"evt_1","object":"event"}';
const t = 1_900_000_000;

describe('webhook signatures (t=…,v1=…)', () => {
  it('accepts its own signature within 300 s either way', () => {
    expect(verifySignature(signatureHeader(body, secret, t), body, secret, t)).toEqual({ ok: true });
    expect(verifySignature(signatureHeader(body, secret, t), body, secret, t + 300).ok).toBe(true);
    expect(verifySignature(signatureHeader(body, secret, t), body, secret, t - 300).ok).toBe(true);
  });

  it('accepts any matching v1 among several (secret rotation)', () => {
    const header = `${signatureHeader(body, 'old', t)},v1=${signatureHeader(body, secret, t).split('v1=')[1]}`;
    expect(verifySignature(header, body, secret, t).ok).toBe(true);
  });

  it.each([
    ['missing', undefined, t],
    ['malformed', 'garbage', t],
    ['another secret', signatureHeader(body, 'other', t), t],
    ['a changed body', signatureHeader(body.replace('1', '2'), secret, t), t],
    ['too old', signatureHeader(body, secret, t), t + 301],
    ['from the future', signatureHeader(body, secret, t), t - 301],
    ['a v0 scheme only', `t=${t},v0=${signatureHeader(body, secret, t).split('v1=')[1]}`, t],
    ['a short signature', `t=${t},v1=abcd`, t],
  ])('refuses a signature that is %s', (_what, header, now) => {
    const check = verifySignature(header, body, secret, now);
    expect(check.ok).toBe(false);
  });
});
