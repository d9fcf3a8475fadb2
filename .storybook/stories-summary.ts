/**
 * A Vitest reporter that ends the stories' run with one line saying how many stories ran and how
 * they fared, for the CI log (Vitest's own summary counts tests, which here are stories).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class StoriesSummary implements Reporter {
  private started = Date.now();

  onInit(): void {
    this.started = Date.now();
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) counts[test.result().state]++;
    }
    const ran = counts.passed + counts.failed;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    console.log(
      `\nStories run as tests: ${ran} in ${testModules.length} ${testModules.length === 1 ? 'file' : 'files'} – ${counts.passed} passed, ${counts.failed} failed${skipped} (${seconds} s)`,
    );
  }
}
