// Jest's own closing block ("Test Suites: …", "Tests: …", "Snapshots: …", "Time: …"), in plain
// text, followed by one plain line "Tests: N passed, N failed, N skipped". With JEST_SUMMARY_FILE
// set (scripts/test.cjs sets it) both are written there, so that `npm test` can print them again as
// its very last lines, below the coverage table. CI reads how many tests ran from the closing line
// alone, and Jest is not among the runners whose own closing block it understands: the plain
// 'N passed, N failed' line is the form it reads for any runner.
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
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `Tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
    if (process.env.JEST_SUMMARY_FILE) writeFileSync(process.env.JEST_SUMMARY_FILE, `${block}\n\n${line}\n`);
  }
}
module.exports = SummaryReporter;
