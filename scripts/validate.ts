/**
 * npm run validate [-- --json] [-- --dump FILE] [-- --dir DIR]
 * Checks every content file and prints every problem as file:line:column; exits 1 on any error.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../src/lib/server/content/build-catalog';
import { catalogToJson, countsOf } from '../src/lib/server/content/dump';
import { formatProblem } from '../src/lib/server/content/problems';
import { readTree } from '../src/lib/server/content/read-tree';

const { values } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		dump: { type: 'string' },
		dir: { type: 'string', default: 'questions' }
	}
});

const dir = resolve(values.dir!);
const started = performance.now();
const { catalog, errors, warnings } = buildCatalog(
	readTree(dir),
	relative(process.cwd(), dir) || '.'
);
const ms = performance.now() - started;
const counts = countsOf(catalog);

if (values.dump)
	writeFileSync(values.dump, JSON.stringify(catalogToJson(catalog), null, '\t') + '\n');

if (values.json) {
	const strip = ({ severity: _, ...p }: (typeof errors)[number]) => p;
	console.log(
		JSON.stringify({ errors: errors.map(strip), warnings: warnings.map(strip), counts }, null, '\t')
	);
} else {
	for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
	const summary = Object.entries(counts)
		.map(([k, v]) => `${v} ${k}`)
		.join(', ');
	console.log(
		`\n${errors.length} errors, ${warnings.length} warnings in ${summary} (${ms.toFixed(0)} ms)`
	);
	if (values.dump) console.log(`catalog written to ${values.dump}`);
}
process.exitCode = errors.length > 0 ? 1 : 0;
