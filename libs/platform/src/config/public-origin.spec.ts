import { loadConfig } from './app-config';
import { PublicOrigin, listeningOrigin } from './public-origin';

describe('the origin mail links point to', () => {
  it('brackets an IPv6 listening address, so HOST=::1 gives working links', () => {
    const origin = new PublicOrigin(loadConfig({ HOST: '::1' }));
    origin.listeningOn(listeningOrigin('::1', 3000));
    expect(origin.url).toBe('http://[::1]:3000');
    expect(new URL(`${origin.url}/verify-email?token=t`).port).toBe('3000');
  });

  it('names IPv4 addresses and host names as they are, and an any-address as localhost', () => {
    expect(listeningOrigin('127.0.0.1', 3000)).toBe('http://127.0.0.1:3000');
    expect(listeningOrigin('booking.internal', 8080)).toBe('http://booking.internal:8080');
    expect(listeningOrigin('0.0.0.0', 3000)).toBe('http://localhost:3000');
    expect(listeningOrigin('::', 3000)).toBe('http://localhost:3000');
  });

  it('prefers PUBLIC_URL, without a trailing slash', () => {
    const origin = new PublicOrigin(loadConfig({ PUBLIC_URL: 'https://tickets.example/' }));
    origin.listeningOn(listeningOrigin('::1', 3000));
    expect(origin.url).toBe('https://tickets.example');
  });
});
