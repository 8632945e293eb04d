// `npm test`: builds what the tests need (server dist for the multi-process test, the SPA for the
// browser test), fetches test tools where this machine can (cached under .cache/), then runs every
// Jest project: unit, integration, e2e. With REQUIRE_ALL_TOOLS=1 (CI) a missing tool fails instead of skipping.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0 && !options.optional) process.exit(result.status ?? 1);
  return result.status;
};

run('npm', ['run', '--silent', 'build']);
if (run('bash', ['scripts/setup-tools.sh', '--no-apt'], { optional: true }) !== 0) {
  console.warn('notice: test tools could not all be prepared; tests needing them will say so');
}
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
// COVERAGE=1 (CI): V8 coverage over the three projects together, then a table per package.
const coverage = process.env.COVERAGE === '1' ? ['--coverage'] : [];
const status = run(
  process.execPath,
  ['--disable-warning=ExperimentalWarning', jest, ...coverage, ...process.argv.slice(2)],
  { optional: true },
);
if (coverage.length) run(process.execPath, [path.join(__dirname, 'coverage-table.cjs')], { optional: true });
process.exit(status ?? 1);
