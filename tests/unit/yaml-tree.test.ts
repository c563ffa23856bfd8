/**
 * The fast reader (js-yaml with its listener) must give the node offsets `yaml` gives, or give
 * up so that `yaml` reads the file: a wrong offset would send an author to the wrong line.
 */
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readTree } from '../../src/lib/server/content/read-tree';
import { fastTree, treeOfDocument } from '../../src/lib/server/content/yaml/yaml-tree';
import { FIXTURES } from './fixtures';

const SNIPPETS = [
	'a: 1\nb:\n  - x\n  - >-\n    folded\n    text\n  - {c: [1, 2]}\nd:\ne: "q"\n',
	'a:\nb: 1\n',
	'a:   \nb: 1\n',
	'a: # c\nb: 1\n',
	'a:',
	'a: ~\n',
	'# only a comment\n',
	'',
	'list:\n- a\n- b: 1\n  c: |\n    one\n    two\n\n  d: 3\n',
	'x:\n  # comment first\n  y: 1\n',
	"k: 'it''s'\nm: \"multi\n  line\"\nn: plain\n  continued\n",
	'- - nested\n  - seq\n- {a: 1}\n- [1, [2, 3]]\n',
	'"quoted key": 1\n? explicit\n: value\n',
	'a: |+\n  keep\n\nb: >2\n   indented\n',
	'- \n- x\n',
	'{a: , b: 1}\n',
	'a: &x 1\nb: *x\n',
	'a: !!str 1\n'
];

describe('fastTree', () => {
	it.each(SNIPPETS.map((s) => [JSON.stringify(s), s]))(
		'gives the offsets yaml gives, or gives up: %s',
		(_, text) => {
			const doc = parseDocument(text, { uniqueKeys: true });
			const fast = fastTree(text);
			if (fast === undefined) return;
			expect(doc.errors).toEqual([]);
			expect(fast.data).toEqual(doc.toJS());
			expect(fast.root).toEqual(treeOfDocument(doc, text));
		}
	);

	it('reads the fixture files itself, with the offsets yaml gives', () => {
		const files = readTree(`${FIXTURES}valid`);
		for (const [path, text] of Object.entries(files)) {
			if (!path.endsWith('.yaml')) continue;
			const fast = fastTree(text);
			expect(fast, path).toBeDefined();
			expect(fast!.root, path).toEqual(treeOfDocument(parseDocument(text), text));
		}
	});

	it('gives up on anchors, tags and syntax errors', () => {
		expect(fastTree('a: &x 1\nb: *x\n')).toBeUndefined();
		expect(fastTree('a: !!str 1\n')).toBeUndefined();
		expect(fastTree('a: [1\n')).toBeUndefined();
		expect(fastTree('a: 1\na: 2\n')).toBeUndefined();
	});
});
