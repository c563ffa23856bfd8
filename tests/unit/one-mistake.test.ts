/**
 * One mistake, one message: an author who breaks one field sees that field's error, not a cascade
 * of false ones elsewhere (found by trying mistakes as an author would, file by file).
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import { FIXTURES } from './fixtures';

const base = readTree(`${FIXTURES}valid`);
const bank = base['banks/library.yaml']!;
const source = Object.keys(base).find((p) => p.startsWith('sources/'))!;

const build = (changes: Record<string, string>) => buildCatalog({ ...base, ...changes }, 'q');

describe('one mistake, one message', () => {
	it('a typo in a source’s front matter is reported in the source, not at every quote of it', () => {
		const { errors } = build({
			[source]: base[source]!.replace(/^reliability:/m, 'reliabilty:')
		});
		expect(errors.map((e) => e.file)).toEqual([`q/${source}`, `q/${source}`]);
		expect(errors.map((e) => e.message).join('\n')).toMatch(/unknown field "reliabilty"/);
	});

	it('a bank that cannot be read does not make its facts "unasked"', () => {
		const { errors, warnings } = build({
			'banks/library.yaml': bank.replace('stem: ', 'stem: "unclosed\n  x: [')
		});
		expect(errors.map((e) => e.rule)).toEqual(['yaml-syntax']);
		expect(warnings).toEqual([]);
	});

	it('a question dropped for its shape still asks its facts', () => {
		const { errors, warnings } = build({
			'banks/library.yaml': bank.replace('explanation:', 'explanaton:')
		});
		expect(errors.map((e) => e.rule)).toEqual(['shape', 'shape']);
		expect(warnings).toEqual([]);
	});

	it.each([
		['difficulty', bank.replace(/\n\s+difficulty: \w+/, '')],
		['kind', bank.replace(/- kind: single\n {4}/, '- ')]
	])('a missing %s is "required field is missing", not a bad value', (field, text) => {
		const { errors } = build({ 'banks/library.yaml': text });
		expect(errors.map((e) => e.message)).toEqual([
			`questions.0.${field}: required field is missing`
		]);
	});
});
