import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Files from public/ that belong to the app shell (public files never pass through the bundle). */
const PUBLIC_SHELL = ['/manifest.webmanifest', '/color-scheme.js', '/icons/icon.svg', '/icons/icon-192.png'];

/**
 * pwa/sw.js with the build's values in place of its placeholders. Every occurrence is replaced,
 * and a placeholder left over (or one the template lacks) fails the build: a worker that still
 * names one throws on its first line and never installs.
 */
export function renderServiceWorker(template: string, values: Record<string, unknown>): string {
  let source = template;
  for (const [name, value] of Object.entries(values)) {
    if (!source.includes(name)) throw new Error(`pwa/sw.js: placeholder ${name} not found`);
    source = source.replaceAll(name, JSON.stringify(value));
  }
  const left = /__[A-Z_]+__/.exec(source);
  if (left) throw new Error(`pwa/sw.js: placeholder ${left[0]} has no value`);
  return source;
}

/** The shell's URLs for a base path and the bundle's file names (source maps and index.html left out). */
export function shellFiles(base: string, bundleFiles: readonly string[]): string[] {
  const built = bundleFiles.filter((file) => !file.endsWith('.map') && file !== 'index.html').map((f) => base + f);
  return [base, ...PUBLIC_SHELL.map((file) => base + file.slice(1)), ...built].sort();
}

/**
 * Writes dist/sw.js from pwa/sw.js with the build's file list injected. The cache name is a hash
 * of that list, so every deploy changes sw.js and the browser installs the new worker. The list is
 * taken from the bundle as written: in generateBundle it still named CSS-only chunks (the lazy
 * routes' styles) that Vite drops later, and one missing file fails the worker's whole install.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'seatwise-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      const shell = shellFiles(base, Object.keys(bundle));
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
      const source = renderServiceWorker(template, {
        __SHELL_FILES__: shell,
        __CACHE_VERSION__: version,
        __BASE__: base,
      });
      writeFileSync(resolve(config.root, config.build.outDir, 'sw.js'), source);
    },
  };
}
