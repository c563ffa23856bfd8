// Adds up the vitest and Playwright JSON reports into one closing line.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
	const r = JSON.parse(readFileSync(file, 'utf8'));
	if ('numPassedTests' in r) {
		passed += r.numPassedTests;
		failed += r.numFailedTests;
		skipped += r.numPendingTests + (r.numTodoTests ?? 0);
	} else {
		passed += r.stats.expected + r.stats.flaky;
		failed += r.stats.unexpected;
		skipped += r.stats.skipped;
	}
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
