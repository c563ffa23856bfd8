import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editYaml, YamlSyntaxError } from '../../../src/lib/server/studio/yaml-edit';

/** The lines an edit removed and added, in order. */
function changed(before: string, after: string): string[] {
	return diffLines(before, after)
		.filter((part) => part.added || part.removed)
		.flatMap((part) =>
			part.value
				.replace(/\n$/, '')
				.split('\n')
				.map((line) => (part.added ? '+' : '-') + line)
		);
}

const FACTS = `# yaml-language-server: $schema=../.schema/fact-file.json
facts:
  # ------------------------------------------------ First group

  - id: first
    statement: 'Quoted the way its author liked it.'
    topics: [a, b]   # trailing comment
    evidence:
      - source: s
        quote: >-
          A long quote folded by hand
          over two lines

  # ------------------------------------------------ Second group

  - id: second
    statement: "Double quoted"
    topics: [c]
    evidence:
      - source: s
        quote: x
`;

describe('editYaml', () => {
	it('appends an item to a sequence without touching any other line', () => {
		const item = {
			id: 'third',
			statement:
				'A statement long enough that the file would fold it, as the hand-written ones are folded.',
			topics: ['a'],
			evidence: [{ source: 's', quote: 'y' }]
		};
		const after = editYaml(FACTS, [{ op: 'append', path: ['facts'], value: item }]);
		expect(after.startsWith(FACTS)).toBe(true);
		expect(changed(FACTS, after)).toEqual([
			'+',
			'+  - id: third',
			'+    statement: >-',
			'+      A statement long enough that the file would fold it, as the hand-written ones are folded.',
			'+    topics: [a]',
			'+    evidence:',
			'+      - source: s',
			'+        quote: y'
		]);
		expect(parse(after).facts[2]).toEqual(item);
	});

	it('sets a field in place, keeping its comment and the rest of the file', () => {
		const after = editYaml(FACTS, [{ op: 'set', path: ['facts', 0, 'topics'], value: ['a', 'z'] }]);
		expect(changed(FACTS, after)).toEqual([
			'-    topics: [a, b]   # trailing comment',
			'+    topics: [a, z]   # trailing comment'
		]);
	});

	it('replaces a field by another key in the same place, the rest of the file untouched', () => {
		const text = 'fact:\n  id: x   # kept\n  evidence:\n    - quote: q\n  places: [P]\n';
		const after = editYaml(text, [
			{ op: 'replace', path: ['fact', 'evidence'], key: 'contested', value: { kind: 'spelling' } }
		]);
		expect(after).toBe(
			'fact:\n  id: x   # kept\n  contested:\n    kind: spelling\n  places: [P]\n'
		);
	});

	it('adds a missing field after the last field of its map', () => {
		const text = '# About\ntitle: T   # shown on the card\n\nsummary: S\n';
		const after = editYaml(text, [{ op: 'set', path: ['audience'], value: 'Ages 14+: school' }]);
		expect(after).toBe(text + 'audience: "Ages 14+: school"\n');
	});

	it('turns an empty inline list into a block list for its first item', () => {
		const text = '# Entities\nentities: []\n';
		const after = editYaml(text, [
			{ op: 'append', path: ['entities'], value: { id: 'e', name: 'E', kind: 'person' } }
		]);
		expect(after).toBe('# Entities\nentities:\n  - id: e\n    name: E\n    kind: person\n');
	});

	it('keeps a real content file byte-identical outside the edit', () => {
		const text = readFileSync('questions/us-venezuela-2019-2025/facts/detainees.yaml', 'utf8');
		const after = editYaml(text, [
			{ op: 'append', path: ['facts'], value: { id: 'new', statement: 'S', topics: ['t'] } }
		]);
		expect(after.startsWith(text)).toBe(true);
		expect(parse(after).facts.at(-1)).toEqual({ id: 'new', statement: 'S', topics: ['t'] });
	});

	it('refuses a file that is not valid YAML', () => {
		expect(() => editYaml('a: [\n', [{ op: 'set', path: ['a'], value: 1 }])).toThrow(
			YamlSyntaxError
		);
	});
});
