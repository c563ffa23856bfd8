/**
 * `createValidator(...).update` gives exactly what a full `buildCatalog` run gives on the same
 * files, after any sequence of edits: a word changed, a line deleted or doubled (which breaks
 * YAML or shape), a file deleted or restored.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { formatProblem } from '../../src/lib/server/content/problems';
import { readTree } from '../../src/lib/server/content/read-tree';
import { createValidator } from '../../src/lib/server/content/validator';
import { FIXTURES } from './fixtures';

type Result = ReturnType<typeof buildCatalog>;
const summary = (r: Result) => ({
	problems: [...r.errors, ...r.warnings].map(formatProblem),
	questions: r.catalog.questions.map((q) => q.id),
	facts: r.catalog.facts.map((f) => f.id),
	cues: r.catalog.cuePairs.map((p) => `${p.from} ${p.kind} ${p.to}`)
});

/** The real topic's folder (questions/<topic>/ once topics exist, else questions/). */
function realTopic(): string {
	for (const d of readdirSync('questions', { withFileTypes: true }))
		if (d.isDirectory() && existsSync(join('questions', d.name, 'topic.yaml')))
			return join('questions', d.name);
	return 'questions';
}

const edit = fc.record({
	file: fc.nat(),
	line: fc.nat(),
	kind: fc.constantFrom(
		'word',
		'word',
		'word',
		'delete-line',
		'double-line',
		'delete-file',
		'restore'
	)
});

function apply(
	base: Record<string, string>,
	files: Record<string, string>,
	e: { file: number; line: number; kind: string }
): Record<string, string | null> {
	const paths = Object.keys(base).sort();
	const path = paths[e.file % paths.length]!;
	if (e.kind === 'restore') return { [path]: base[path]! };
	if (e.kind === 'delete-file') return { [path]: null };
	const lines = (files[path] ?? base[path]!).split('\n');
	const i = e.line % lines.length;
	if (e.kind === 'delete-line') lines.splice(i, 1);
	else if (e.kind === 'double-line') lines.splice(i, 0, lines[i]!);
	else lines[i] = lines[i]!.replace(/\p{L}{3,}/u, (w) => `${w}x`);
	return { [path]: lines.join('\n') };
}

function check(base: Record<string, string>, root: string, runs: number) {
	fc.assert(
		fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
			const validator = createValidator(base, root);
			let files = { ...base };
			for (const e of edits) {
				const change = apply(base, files, e);
				files = { ...files };
				for (const [p, t] of Object.entries(change)) {
					if (t === null) delete files[p];
					else files[p] = t;
				}
				expect(summary(validator.update(change))).toEqual(summary(buildCatalog(files, root)));
			}
		}),
		{ numRuns: runs }
	);
}

describe('incremental validation', () => {
	it('matches a full run on the fixture content after random edits', () => {
		check(readTree(`${FIXTURES}valid`), 'fixtures/valid', 60);
	});

	it('matches a full run on the real content after random edits', () => {
		const dir = realTopic();
		const files = readTree(dir);
		delete files['topic.yaml'];
		check(files, dir, 5);
	});
});
