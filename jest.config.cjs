const swcOptions = require('./scripts/swc-options.cjs');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);
const transform = {
  '^.+\\.ts$': ['@swc/jest', { ...swcOptions(), swcrc: false }],
  // A few dependencies ship ESM only; Jest's CommonJS runtime needs them compiled.
  '^.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' }, swcrc: false }],
};
const esmOnly = ['content-disposition', 'openid-client', 'oauth4webapi', 'jose', '@fastify/cookie', 'cookie'];
const common = {
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
  rootDir: __dirname,
};

/** Test reach is in the file name: .spec.ts pure, .int.spec.ts real adapters or running apps, e2e/ browser. */
module.exports = {
  // A global option in Jest 30 (per-project values are ignored): browser and multi-process tests need minutes.
  testTimeout: 120000,
  // On a 2-core machine Jest runs every file in its own process (one worker or fewer: in band), and what
  // the suites leave behind (each integration suite loads the whole app) piled up there until CI died of
  // 'heap out of memory' at 3.9 GB, 14 minutes into the run. A memory limit makes Jest use a worker
  // even then, and restarts that worker after any file that leaves it holding more than this.
  workerIdleMemoryLimit: '1536MB',
  // Used with --coverage (`npm run test:coverage`): istanbul counters added when a file is transformed
  // (kept in Jest's transform cache), mapped back to the TypeScript through SWC's source maps;
  // scripts/coverage-table.cjs prints the per-package table. Not 'v8': that converts every loaded
  // module's V8 counters after each test file, and each integration suite loads the whole app, so
  // the suite ran 4-6x slower under it (unit project: 43 s of CPU bare, 85 s istanbul, 183 s V8).
  coverageProvider: 'babel',
  collectCoverageFrom: ['{apps,libs}/*/src/**/*.ts', '!**/*.spec.ts', '!**/testing/**', '!**/contract/**'],
  coverageReporters: ['json-summary', 'text-summary'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '/node_modules/'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int.spec.ts'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.spec.ts'] },
  ],
};
