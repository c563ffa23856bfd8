/**
 * node --import tsx bench/suggestions.ts [--topic us-venezuela-2019-2025] [--source <id>]
 *
 * Every fact suggestion the studio makes for the sources of the topics under questions/, as a
 * numbered list for a reader to judge: source, quote (the source's words), proposed statement
 * and typed fields (date with precision, figure, entities with roles, unknown names). The
 * suggestions are those of a freshly imported source: facts that already quote a sentence do
 * not hide it here (the studio hides those), so the list measures the suggester alone.
 * A quality measure, not a speed one: nothing is timed. Ends with a count per source.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCatalog } from '../src/lib/server/content/build-catalog';
import { readTree } from '../src/lib/server/content/read-tree';
import { suggestFacts, type Suggestion } from '../src/lib/server/studio/suggest/suggest';

const { values } = parseArgs({
	options: { topic: { type: 'string' }, source: { type: 'string' } }
});

const topics = readdirSync('questions', { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(join('questions', d.name, 'topic.yaml')))
	.map((d) => d.name)
	.filter((t) => !values.topic || t === values.topic)
	.sort();

/** The typed fields of a suggestion on one line, as the fact form would receive them. */
function fields(s: Suggestion): string {
	const parts: string[] = [];
	if (s.date) parts.push(`date ${s.date.value} (${s.date.precision})`);
	if (s.number) {
		const n = s.number;
		const value = n.max !== undefined ? `${n.value}–${n.max}` : `${n.value}`;
		parts.push(`number ${n.approximate ? '~' : ''}${value} ${n.unit}`);
	}
	for (const p of s.people) parts.push(`entity ${p.entity}${p.role ? ` (role: ${p.role})` : ''}`);
	if (s.unknown.length) parts.push(`unknown names: ${s.unknown.join(', ')}`);
	return parts.join('; ') || '(none)';
}

let n = 0;
const counts: string[] = [];
for (const topic of topics) {
	const { catalog } = buildCatalog(readTree(join('questions', topic)), `questions/${topic}`);
	const taken = new Set(catalog.facts.map((f) => f.id));
	for (const source of catalog.sources) {
		if (values.source && source.id !== values.source) continue;
		const list = suggestFacts({
			body: source.text,
			published: source.published.date,
			origin: source.origin.kind,
			entities: catalog.entities,
			taken
		});
		counts.push(`${topic}/${source.id}: ${list.length}`);
		for (const s of list) {
			n++;
			console.log(`${n}. [${topic}/${source.id}]`);
			console.log(`   quote:     ${s.quote}`);
			console.log(`   statement: ${s.statement}`);
			console.log(`   fields:    ${fields(s)}`);
			console.log('');
		}
	}
}
console.log(`${n} suggestions`);
for (const c of counts) console.log(`  ${c}`);
