// Prints one plain closing line ("tests: N passed, N failed, N skipped") that CI reads. With
// JEST_SUMMARY_FILE set (scripts/test.cjs sets it), the line is also written there, so that
// `npm test` can print it again as its very last line, after the coverage table.
const { writeFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
    console.log(`\n${line}`);
    if (process.env.JEST_SUMMARY_FILE) writeFileSync(process.env.JEST_SUMMARY_FILE, `${line}\n`);
  }
}
module.exports = SummaryReporter;
