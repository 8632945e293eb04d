import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { entryImports } from './build/vite-plugin-entry-imports.ts';
import { precompress } from './build/vite-plugin-precompress.ts';
import { serviceWorker } from './pwa/vite-plugin-sw.ts';

// The API lives on the same public origin in every deployment; in dev, Vite forwards /api to the backend.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

const entry = entryImports();

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), serviceWorker(), precompress(), entry.plugin],
  resolve: {
    // The seating plan model (expandPlan, generators, validatePlan) and the hold limits are the server's own
    // code: pure TypeScript, each imported by its module (not the domain's index, which would bring every context).
    alias: {
      '@booking/seating': fileURLToPath(new URL('../libs/domain/src/catalog/seating/index.ts', import.meta.url)),
      // The offline ticket check (signature, revocations) is the scanner code of libs/tickets, as the server runs it.
      '@booking/ticket-scanner': fileURLToPath(new URL('../libs/tickets/src/scanner/index.ts', import.meta.url)),
      '@booking/inventory-rules': fileURLToPath(
        new URL('../libs/domain/src/inventory/inventory.rules.ts', import.meta.url),
      ),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/media': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/media': { target: apiTarget, changeOrigin: false },
    },
  },
  // Unit tests of the SPA's pure logic (`*.spec.ts` beside the code), run by `npm test`.
  test: {
    include: ['src/**/*.spec.ts', 'pwa/**/*.spec.ts'],
    environment: 'node',
    reporters: ['default', './vitest-summary-reporter.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}', 'pwa/**/*.ts'],
      exclude: ['**/*.spec.ts', 'src/vite-env.d.ts'],
      reporter: ['text-summary', 'json-summary'], // json-summary: the web row of scripts/coverage-table.cjs
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the production build: they would publish the original source.
    sourcemap: false,
    // No <link rel="modulepreload"> for the entry's imports: at high priority they would share the slow
    // first connection with the stylesheet the first paint waits for (index.html paints the header frame
    // before any JavaScript runs). bench:web: FCP 2.7 s -> 1.3 s, LCP unchanged (docs/benchmarks.md).
    // A lazy page's own imports are still preloaded with it: else each level of its imports is one more
    // round trip (page chunk, then Grid, NumberInput…, then theirs) before the page can render. Not
    // those the entry already loaded (each link costs main-thread time: build/vite-plugin-entry-imports.ts).
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'html' ? [] : deps.filter((dep) => !entry.loaded.has(dep)),
    },
    rolldownOptions: {
      output: {
        // Vendor code every page runs changes rarely: separate chunks stay cached across app deploys.
        // Mantine is left to the route chunks: one chunk of all its components would load the seating
        // editor's and admin's widgets (and every component's CSS) on the catalog.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
});
