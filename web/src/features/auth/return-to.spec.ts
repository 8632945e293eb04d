import { afterEach, describe, expect, it, vi } from 'vitest';
import { loginPath, rememberReturnTo, safeReturnTo, takeReturnTo } from './return-to';

describe('where to go after signing in', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a path of this app, never another origin or the login itself', () => {
    expect(safeReturnTo('/events/42?seats=2')).toBe('/events/42?seats=2');
    for (const unsafe of [null, undefined, '', 'https://evil.example', '//evil.example', '/\\evil.example', 'events'])
      expect(safeReturnTo(unsafe)).toBe('/');
    expect(safeReturnTo('/login?returnTo=/x')).toBe('/');
    expect(safeReturnTo('/auth/callback/google')).toBe('/');
  });

  it('is carried in the login link', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/holds?x=1')).toBe('/login?returnTo=%2Fholds%3Fx%3D1');
    expect(loginPath('//evil.example')).toBe('/login?returnTo=%2F');
  });

  it('is kept across a round trip to an identity provider, once, and only if safe', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('window', {
      sessionStorage: {
        setItem: (k: string, v: string) => store.set(k, v),
        getItem: (k: string) => store.get(k) ?? null,
        removeItem: (k: string) => store.delete(k),
      },
    });
    rememberReturnTo('/organizer');
    expect(takeReturnTo()).toBe('/organizer');
    expect(takeReturnTo()).toBe('/');
    rememberReturnTo('https://evil.example');
    expect(takeReturnTo()).toBe('/');
  });

  it('falls back to the home page without storage', () => {
    vi.stubGlobal('window', {});
    expect(() => rememberReturnTo('/organizer')).not.toThrow();
    expect(takeReturnTo()).toBe('/');
  });
});
