import { loadConfig, parseTrustProxy } from './app-config';

describe('TRUST_PROXY', () => {
  it('is off unless set: X-Forwarded-For is then ignored', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
  });

  it('takes a hop count or a list of proxy addresses and CIDRs', () => {
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 127.0.0.1')).toEqual(['10.0.0.0/8', '127.0.0.1']);
  });

  it('refuses "true", which would let any client name its own address', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY=true would trust any client/);
  });
});
