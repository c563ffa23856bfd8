/**
 * npm run schema          writes questions/.schema/*.json from the zod schemas
 * npm run schema:check    fails when the committed copies are stale (CI runs this)
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/content/json-schemas';

const dir = 'questions/.schema';
const check = process.argv.includes('--check');
const wanted = jsonSchemas();
const stale: string[] = [];

mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(wanted)) {
	let current = '';
	try {
		current = readFileSync(`${dir}/${name}`, 'utf8');
	} catch {
		/* missing counts as stale */
	}
	if (current === text) continue;
	stale.push(name);
	if (!check) writeFileSync(`${dir}/${name}`, text);
}
const extra = readdirSync(dir).filter((f) => !(f in wanted));

if (check) {
	if (stale.length || extra.length) {
		console.error(
			`questions/.schema is stale (${[...stale, ...extra].join(', ')}): run \`npm run schema\` and commit the result.`
		);
		process.exit(1);
	}
	console.log(`questions/.schema is up to date (${Object.keys(wanted).length} files).`);
} else {
	console.log(stale.length ? `wrote ${stale.join(', ')}` : 'questions/.schema already up to date');
}
