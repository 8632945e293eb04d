// Prints line and branch coverage per package (apps/*, libs/*, and web/ from Vitest) from the
// json-summaries that `npm test` writes when COVERAGE=1: the three Jest projects together.
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const summaryFile = path.join(root, 'coverage', 'coverage-summary.json');
const webSummaryFile = path.join(root, 'web', 'coverage', 'coverage-summary.json'); // Vitest's

function packageOf(file) {
  const parts = path.relative(root, file).split(path.sep);
  if (parts[0] === 'web') return 'web (Vitest)';
  return parts.length > 2 && (parts[0] === 'apps' || parts[0] === 'libs') ? `${parts[0]}/${parts[1]}` : null;
}

function table(summary) {
  const totals = new Map();
  for (const [file, metrics] of Object.entries(summary)) {
    const name = file === 'total' ? null : packageOf(file);
    if (!name) continue;
    const sum = totals.get(name) ?? { lines: [0, 0], branches: [0, 0], files: 0 };
    sum.lines[0] += metrics.lines.covered;
    sum.lines[1] += metrics.lines.total;
    sum.branches[0] += metrics.branches.covered;
    sum.branches[1] += metrics.branches.total;
    sum.files += 1;
    totals.set(name, sum);
  }
  const pct = ([covered, total]) => (total === 0 ? '—' : `${((100 * covered) / total).toFixed(1)} %`);
  const rows = [...totals.entries()].sort(([a], [b]) => a.localeCompare(b));
  const all = rows.reduce(
    (acc, [, s]) => ({
      lines: [acc.lines[0] + s.lines[0], acc.lines[1] + s.lines[1]],
      branches: [acc.branches[0] + s.branches[0], acc.branches[1] + s.branches[1]],
      files: acc.files + s.files,
    }),
    { lines: [0, 0], branches: [0, 0], files: 0 },
  );
  const lines = [['package', 'files', 'lines', 'branches']];
  for (const [name, s] of [...rows, ['all', all]])
    lines.push([name, String(s.files), `${pct(s.lines)} (${s.lines[0]}/${s.lines[1]})`, pct(s.branches)]);
  const widths = lines[0].map((_, i) => Math.max(...lines.map((row) => row[i].length)));
  return lines.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n');
}

if (require.main === module) {
  if (!existsSync(summaryFile)) {
    console.log('coverage: no coverage/coverage-summary.json (run with COVERAGE=1)');
    process.exit(0);
  }
  const web = existsSync(webSummaryFile) ? JSON.parse(readFileSync(webSummaryFile, 'utf8')) : {};
  const projects = process.env.COVERAGE_PROJECTS
    ? process.env.COVERAGE_PROJECTS.split(',')
    : ['unit', 'integration', 'e2e'];
  console.log(`\n== coverage: Jest ${projects.join(' + ')} per package, and the SPA's Vitest unit tests`);
  console.log(table({ ...JSON.parse(readFileSync(summaryFile, 'utf8')), ...web }));
}

module.exports = { table };
