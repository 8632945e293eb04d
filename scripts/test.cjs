// `npm test`: builds what the tests need (server dist for the multi-process test, the SPA for the
// browser test), fetches test tools where this machine can (cached under .cache/), runs the SPA's unit
// tests (Vitest in web/), then every Jest project: unit, integration, e2e. Arguments go to
// Jest alone (`npm test -- <file>` runs just that, no Vitest). With REQUIRE_ALL_TOOLS=1 (CI) a missing
// tool fails instead of skipping.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// COVERAGE=1, or `npm run test:coverage`: the same run with istanbul coverage and the per-package table.
const withCoverage = process.env.COVERAGE === '1' || process.env.npm_lifecycle_event === 'test:coverage';
if (withCoverage) process.env.COVERAGE = '1';
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0 && !options.optional) process.exit(result.status ?? 1);
  return result.status;
};

run('npm', ['run', '--silent', 'build']);
if (run('bash', ['scripts/setup-tools.sh', '--no-apt'], { optional: true }) !== 0) {
  console.warn('notice: test tools could not all be prepared; tests needing them will say so');
}
const args = process.argv.slice(2);
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const webStatus = args.length
  ? 0
  : run(process.execPath, [vitest, 'run', ...(withCoverage ? ['--coverage'] : [])], {
      cwd: path.join(root, 'web'),
      optional: true,
    });
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
// COVERAGE=1: istanbul coverage over the three Jest projects together, then a table per package
// (the SPA's row from Vitest's own coverage run above).
// COVERAGE_PROJECTS=unit,integration: only those Jest projects (a quicker local look; CI runs all three).
const coverageProjects = withCoverage && process.env.COVERAGE_PROJECTS ? process.env.COVERAGE_PROJECTS.split(',') : [];
const coverage = withCoverage
  ? ['--coverage', ...(coverageProjects.length ? ['--selectProjects', ...coverageProjects] : [])]
  : [];
const summaryFile = path.join(os.tmpdir(), `jest-summary-${process.pid}.txt`);
// Under coverage the Jest parent merges every worker's counters: past 4 GB of heap on the full run
// (CI saw it die of 'heap out of memory' at 9 minutes), so it gets more room.
const heap = coverage.length ? ['--max-old-space-size=12288'] : [];
const status = run(process.execPath, ['--disable-warning=ExperimentalWarning', ...heap, jest, ...coverage, ...args], {
  optional: true,
  env: { ...process.env, JEST_SUMMARY_FILE: summaryFile },
});
if (coverage.length) run(process.execPath, [path.join(__dirname, 'coverage-table.cjs')], { optional: true });
// Jest's closing block and the plain 'Tests: N passed, N failed, N skipped' line again as the last
// lines, below the coverage table: what CI reads. Jest reports on stderr; the plain line goes to both
// streams, last, so it closes the log whether CI interleaves the two or appends one to the other.
if (fs.existsSync(summaryFile)) {
  const summary = fs.readFileSync(summaryFile, 'utf8');
  fs.rmSync(summaryFile, { force: true });
  process.stdout.write(`\n${summary}`);
  process.stderr.write(`\n${summary.trimEnd().split('\n').at(-1)}\n`);
} else {
  console.log('\nTests: the Jest run ended without a summary (it crashed before finishing)');
}
process.exit(webStatus === 0 ? (status ?? 1) : (webStatus ?? 1));
