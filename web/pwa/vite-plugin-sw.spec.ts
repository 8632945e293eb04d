import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { renderServiceWorker, shellFiles } from './vite-plugin-sw';

const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');

/** Runs a rendered worker against a fake global scope and returns the handlers it registered. */
function load(source: string) {
  const handlers = new Map<string, (event: unknown) => void>();
  const self = { addEventListener: (type: string, handler: (event: unknown) => void) => handlers.set(type, handler) };
  const cache = { addAll: vi.fn(async () => undefined) };
  const caches = { open: vi.fn(async () => cache) };
  class FakeRequest {
    constructor(
      readonly url: string,
      readonly init: unknown,
    ) {}
  }
  new Function('self', 'caches', 'Request', source)(self, caches, FakeRequest);
  return { handlers, caches, cache };
}

describe('the service worker build', () => {
  const shell = shellFiles('/', ['assets/index-abc.js', 'assets/index-abc.js.map', 'index.html', 'assets/app.css']);
  const values = { __SHELL_FILES__: shell, __CACHE_VERSION__: 'v1', __BASE__: '/' };

  it('lists the shell: the base, public shell files and built files, without maps or index.html', () => {
    expect(shell).toEqual([
      '/',
      '/assets/app.css',
      '/assets/index-abc.js',
      '/color-scheme.js',
      '/icons/icon-192.png',
      '/icons/icon.svg',
      '/manifest.webmanifest',
    ]);
  });

  it('replaces every placeholder in pwa/sw.js, so the worker runs and caches the shell on install', async () => {
    const source = renderServiceWorker(template, values);
    expect(source).not.toMatch(/__[A-Z_]+__/);
    const { handlers, caches, cache } = load(source);
    expect([...handlers.keys()].sort()).toEqual(['activate', 'fetch', 'install']);

    let installed: Promise<unknown> | undefined;
    handlers.get('install')!({ waitUntil: (promise: Promise<unknown>) => (installed = promise) });
    await installed;
    expect(caches.open).toHaveBeenCalledWith('seatwise-shell-v1');
    const requested = (cache.addAll.mock.calls[0] as unknown as [{ url: string }[]])[0].map((r) => r.url);
    expect(requested).toEqual(shell);
  });

  it('refuses a template with a placeholder it has no value for, or without one it was given', () => {
    expect(() => renderServiceWorker('const a = __BASE__; const b = __OTHER__;', { __BASE__: '/' })).toThrow(
      /__OTHER__ has no value/,
    );
    expect(() => renderServiceWorker('const a = 1;', { __BASE__: '/' })).toThrow(/__BASE__ not found/);
  });
});
