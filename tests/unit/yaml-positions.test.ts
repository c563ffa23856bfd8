/**
 * Positions are worked out only when a problem asks for one, from the one list item the path
 * leads into (yaml-file.ts, list-items.ts); the swallowed-field check builds a file's node tree
 * only when the text may hold such a line (block-text.ts). Both shortcuts must give exactly what
 * the whole file's tree gives: a wrong line would send an author to the wrong place.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import { mayHideField } from '../../src/lib/server/content/yaml/block-text';
import { listItemStarts } from '../../src/lib/server/content/yaml/list-items';
import { YamlFile, type Path } from '../../src/lib/server/content/yaml/yaml-file';

const TOPICS = ['questions/us-venezuela-2019-2025', 'questions/ozone-layer'];

/** Every path under `value`, each with the keys of the map it ends at, plus paths that miss. */
function pathsIn(value: unknown, path: Path = []): { path: Path; key?: string }[] {
	const out: { path: Path; key?: string }[] = [{ path }, { path: [...path, 'no-such-field'] }];
	if (Array.isArray(value)) {
		value.forEach((v, i) => out.push(...pathsIn(v, [...path, i])));
		out.push({ path: [...path, value.length] });
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			out.push({ path, key: k }, ...pathsIn(v, [...path, k]));
		}
	}
	return out;
}

/** Positions of every path into every top-level list item: one item parsed vs the whole file. */
function compareAll(text: string) {
	const data = load(text, { schema: CORE_SCHEMA }) as Record<string, unknown>;
	const whole = new YamlFile('f.yaml', text);
	expect(whole.flatTree ?? whole.root).toBeTruthy(); // from now on it answers from the whole tree
	const lazy = new YamlFile('f.yaml', text);
	let compared = 0;
	for (const [list, items] of Object.entries(data ?? {})) {
		if (!Array.isArray(items)) continue;
		for (const [i, item] of items.entries()) {
			for (const { path, key } of pathsIn(item, [list, i])) {
				expect(lazy.locate(path, key), `${JSON.stringify(path)} ${key ?? ''}`).toEqual(
					whole.locate(path, key)
				);
				compared++;
			}
		}
	}
	return compared;
}

const SNIPPETS = {
	'items at column 0, another key after': 'questions:\n- id: a\n  stem: x\n- id: b\ntitle: T\n',
	'comments and blank lines between items':
		'title: T\nfacts: # the facts\n  # first\n  - id: a\n\n    quote: "q"\n# at column 0\n  - id: b\n    # inside\n    quote: r\n',
	'a block of text holding dashes and hashes':
		'facts:\n  - id: a\n    statement: |\n      - not an item\n      # not a comment\n  - id: b\n',
	'nested lists and an empty value':
		'questions:\n  - id: a\n    options:\n      - text: x\n        correct: true\n      - text: y\n    hint:\n  - id: b\n',
	'a quoted value continued on a line that looks like an item':
		'questions:\n  - text: "one\n  - two"\n  - text: three\n',
	'a flow list': 'questions: [{id: a, stem: x}, {id: b}]\n',
	'a list item holding a list': 'questions:\n  - - a\n    - b\n  - - c\n'
};

describe('a position inside one list item', () => {
	it.each(Object.entries(SNIPPETS))('is the whole file’s: %s', (_, text) => {
		expect(compareAll(text)).toBeGreaterThan(0);
	});

	it('is the whole file’s for every path into every item of the real content', () => {
		for (const topic of TOPICS) {
			for (const [path, text] of Object.entries(readTree(topic))) {
				if (!/^(banks|facts)\/|^entities\.yaml$/.test(path)) continue;
				expect(compareAll(text), path).toBeGreaterThan(0);
			}
		}
	});

	it('comes from that item alone for every list of the real content (the short way is taken)', () => {
		let lists = 0;
		for (const topic of TOPICS) {
			for (const [path, text] of Object.entries(readTree(topic))) {
				const list = /^banks\//.test(path) ? 'questions' : /^facts\//.test(path) ? 'facts' : '';
				if (!list) continue;
				const items = (load(text, { schema: CORE_SCHEMA }) as Record<string, unknown[]>)[list]!;
				expect(listItemStarts(text, list)?.length, path).toBe(items.length + 1);
				lists++;
			}
		}
		expect(lists).toBeGreaterThan(10);
	});

	it('is not cut out of a layout it cannot be sure of', () => {
		expect(listItemStarts(SNIPPETS['a flow list'], 'questions')).toBeUndefined();
		expect(listItemStarts('questions:\n\t- a\n', 'questions')).toBeUndefined();
		expect(listItemStarts('other:\n  - a\n', 'questions')).toBeUndefined();
		// Two starts for one item: YamlFile sees the count differ and parses the whole file.
		const quoted = SNIPPETS['a quoted value continued on a line that looks like an item'];
		expect(listItemStarts(quoted, 'questions')).toHaveLength(4);
		expect((load(quoted) as { questions: unknown[] }).questions).toHaveLength(2);
	});
});

/** The real content with `hint: x` put inside the block of text that starts at line `at`. */
function swallowAt(text: string, at: number): string {
	const lines = text.split('\n');
	const indent = /^ */.exec(lines[at + 1]!)![0];
	lines.splice(at + 2, 0, `${indent}hint: x`);
	return lines.join('\n');
}

describe('the swallowed-field check', () => {
	it('skips the node tree of every real content file (none holds such a line)', () => {
		for (const topic of TOPICS) {
			const fields = new Set(['id', 'stem', 'hint', 'explanation', 'text', 'quote', 'statement']);
			for (const [path, text] of Object.entries(readTree(topic))) {
				if (path.endsWith('.yaml')) expect(mayHideField(text, fields), path).toBe(false);
			}
		}
	});

	it('still warns at a field put into any block of text of a real bank', () => {
		const files = readTree(TOPICS[0]!);
		const [path, text] = Object.entries(files).find(([p]) => p.startsWith('banks/'))!;
		const blocks = text
			.split('\n')
			.flatMap((line, i) => (/^\s+(explanation|stem|feedback): [>|]-?$/.test(line) ? [i] : []));
		expect(blocks.length).toBeGreaterThan(3);
		for (const at of blocks) {
			const { warnings } = buildCatalog({ ...files, [path]: swallowAt(text, at) }, 'q');
			const swallowed = warnings.filter((w) => w.rule === 'swallowed-field');
			expect(
				swallowed.map((w) => w.line),
				`block at line ${at + 1}`
			).toEqual([at + 3]);
		}
	});

	it.each([
		['a header with a comment', 'a: > # note\n  text\n  hint: x\n'],
		['an indentation indicator', 'a: |2-\n    text\n  hint: x\n'],
		['a block in a list item', 'l:\n  - a: |\n      text\n      hint: x\n'],
		['a second block after the first', 'a: >\n  t\nb: |\n  u\n  hint: x\n']
	])('looks inside %s', (_, text) => {
		expect(mayHideField(text, new Set(['hint']))).toBe(true);
	});

	it('does not look past the block’s end, nor at fields it does not know', () => {
		expect(mayHideField('a: >\n  text\nhint: x\n', new Set(['hint']))).toBe(false);
		expect(mayHideField('a: >\n  Note: x\n', new Set(['hint']))).toBe(false);
	});
});
