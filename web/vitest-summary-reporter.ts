import type { Reporter, TestModule } from 'vitest/node';

/** One plain closing line, like the Jest projects' ("web tests: N passed, N failed, N skipped"), for CI to read. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const count = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of modules) for (const test of module.children.allTests()) count[test.result().state]++;
    const failedModules = modules.filter((m) => m.state() === 'failed' && !m.children.size).length;
    console.log(
      `\nweb tests: ${count.passed} passed, ${count.failed + failedModules} failed, ${count.skipped + count.pending} skipped`,
    );
  }
}
