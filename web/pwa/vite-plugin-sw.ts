import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Plugin, ResolvedConfig } from 'vite';

/** Files from public/ that belong to the app shell (public files never pass through the bundle). */
const PUBLIC_SHELL = ['/manifest.webmanifest', '/color-scheme.js', '/icons/icon.svg', '/icons/icon-192.png'];

/**
 * Emits dist/sw.js from pwa/sw.js with the build's file list injected. The cache name is a hash
 * of that list, so every deploy changes sw.js and the browser installs the new worker.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'seatwise-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      const built = Object.keys(bundle)
        .filter((file) => !file.endsWith('.map') && file !== 'index.html')
        .map((file) => base + file);
      const shell = [base, ...PUBLIC_SHELL.map((file) => base + file.slice(1)), ...built].sort();
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const template = readFileSync(new URL('./sw.js', import.meta.url), 'utf8');
      const source = template
        .replace('__SHELL_FILES__', JSON.stringify(shell))
        .replace('__CACHE_VERSION__', JSON.stringify(version))
        .replace('__BASE__', JSON.stringify(base));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
