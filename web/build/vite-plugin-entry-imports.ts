import type { Plugin } from 'vite';

/**
 * The chunks the entry imports statically (and the entry itself), collected as the bundle is
 * written, for `build.modulePreload.resolveDependencies`: they are loaded before any lazy page is
 * asked for, so a lazy page's preload list need not name them again. Each `<link rel="modulepreload">`
 * the preload helper appends costs ~1 ms of main thread (4 ms on Lighthouse's throttled phone), all
 * in the task that starts the page: the event page named 36 chunks, about half of them the entry's.
 */
export function entryImports(): { plugin: Plugin; loaded: ReadonlySet<string> } {
  const loaded = new Set<string>();
  const plugin: Plugin = {
    name: 'seatwise-entry-imports',
    apply: 'build',
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        loaded.clear();
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
          loaded.add(chunk.fileName);
          for (const file of chunk.imports) loaded.add(file);
        }
      },
    },
  };
  return { plugin, loaded };
}
