import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Counts test results and writes them where scripts/test.mjs reads them, which prints the final
 * `Tests: N passed, N failed, N skipped` line after the static checks have been counted too.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const skippedNames: string[] = [];
    for (const mod of testModules) {
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed += 1;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else {
          skipped += 1;
          skippedNames.push(test.fullName);
        }
      }
    }
    const out = process.env.RODTRAD_SUMMARY_FILE;
    if (out) writeFileSync(out, JSON.stringify({ passed, failed, skipped, skippedNames }));
    else console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
