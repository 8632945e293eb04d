// Jest's own closing block ("Test Suites: …", "Tests: …", "Snapshots: …", "Time: …"), in plain
// text. With JEST_SUMMARY_FILE set (scripts/test.cjs sets it) the block is written there, so that
// `npm test` can print it again as its very last lines, below the coverage table: CI reads how
// many tests ran from the end of its log, in the form every Jest log ends with.
const { writeFileSync } = require('node:fs');

const counts = (parts, total) =>
  [...parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`), total].join(', ');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const suitesRun = results.numTotalTestSuites - results.numPendingTestSuites;
    const suites = counts(
      [
        [results.numFailedTestSuites + results.numRuntimeErrorTestSuites, 'failed'],
        [results.numPendingTestSuites, 'skipped'],
        [results.numPassedTestSuites, 'passed'],
      ],
      suitesRun === results.numTotalTestSuites
        ? `${results.numTotalTestSuites} total`
        : `${suitesRun} of ${results.numTotalTestSuites} total`,
    );
    const tests = counts(
      [
        [results.numFailedTests, 'failed'],
        [results.numPendingTests, 'skipped'],
        [results.numTodoTests, 'todo'],
        [results.numPassedTests, 'passed'],
      ],
      `${results.numTotalTests} total`,
    );
    const seconds = ((Date.now() - results.startTime) / 1000).toFixed(3);
    const block = [
      `Test Suites: ${suites}`,
      `Tests:       ${tests}`,
      `Snapshots:   ${results.snapshot.total} total`,
      `Time:        ${seconds} s`,
      'Ran all test suites.',
    ].join('\n');
    if (process.env.JEST_SUMMARY_FILE) writeFileSync(process.env.JEST_SUMMARY_FILE, `${block}\n`);
  }
}
module.exports = SummaryReporter;
