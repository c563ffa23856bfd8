/**
 * npm run validate [-- --json] [-- --dump FILE] [-- --dir DIR]
 * Checks every topic of the content folder in one run and prints every problem as
 * file:line:column (files named by their path from the folder's parent); exits 1 on any error.
 * --json: { errors, warnings, counts: { total, topics: { <topic>: counts } } }
 * --dump: { counts, topics: [{ id, meta, catalog }] }
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLibrary } from '../src/lib/server/content/build-library';
import { libraryCounts, libraryToJson } from '../src/lib/server/content/dump';
import { formatProblem } from '../src/lib/server/content/problems';
import { readTree } from '../src/lib/server/content/read-tree';
import { countsText, summaryText } from '../src/lib/server/content/summary-text';

const { values } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		dump: { type: 'string' },
		dir: { type: 'string', default: 'questions' }
	}
});

const dir = resolve(values.dir!);
const started = performance.now();
const { library, errors, warnings } = buildLibrary(
	readTree(dir),
	relative(process.cwd(), dir) || '.'
);
const ms = performance.now() - started;
const counts = libraryCounts(library);

if (values.dump)
	writeFileSync(values.dump, JSON.stringify(libraryToJson(library), null, '\t') + '\n');

if (values.json) {
	const strip = ({ severity: _, ...p }: (typeof errors)[number]) => p;
	console.log(
		JSON.stringify({ errors: errors.map(strip), warnings: warnings.map(strip), counts }, null, '\t')
	);
} else {
	for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
	console.log('');
	for (const [id, c] of Object.entries(counts.topics)) console.log(`${id}: ${countsText(c)}`);
	console.log(
		summaryText({
			errors: errors.length,
			warnings: warnings.length,
			topics: library.topics.length,
			counts: counts.total,
			ms
		})
	);
	if (values.dump) console.log(`library written to ${values.dump}`);
}
process.exitCode = errors.length > 0 ? 1 : 0;
