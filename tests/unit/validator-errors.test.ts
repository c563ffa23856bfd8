/**
 * One fixture folder per error class: each lays a broken file over the valid tree, and the
 * validator must name the file, line, column and a message an author can act on.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import { buildCase, FIXTURES } from './fixtures';

interface Expected {
	rule: string;
	file: string;
	line: number;
	column: number;
	message: RegExp;
}

const cases: Record<string, Expected> = {
	'missing-source': {
		rule: 'unknown-reference',
		file: 'facts/library.yaml',
		line: 7,
		column: 17,
		message: /no source has the id "port-ellis-gazette"/
	},
	'quote-not-found': {
		rule: 'quote-not-found',
		file: 'facts/library.yaml',
		line: 15,
		column: 16,
		message:
			/^quote not found verbatim in source "port-ellis-library": "The library was closed all winter\."$/
	},
	'near-miss-quote': {
		rule: 'quote-not-found',
		file: 'facts/library.yaml',
		line: 15,
		column: 16,
		message:
			/closest text \(1 edit\) at fixtures\/near-miss-quote\/sources\/port-ellis-library\.md:15:70: "Mayor Ana Ruiz cut the ribbon\."/
	},
	'duplicate-id': {
		rule: 'duplicate-id',
		file: 'facts/library.yaml',
		line: 16,
		column: 9,
		message:
			/fact id "mayor-ribbon" is already used at fixtures\/duplicate-id\/facts\/library\.yaml:9:5/
	},
	'dangling-fact-reference': {
		rule: 'unknown-reference',
		file: 'banks/library.yaml',
		line: 19,
		column: 16,
		message: /no fact has the id "library-openned" \(did you mean "library-opened"\?\)/
	},
	'two-keys': {
		rule: 'key-count',
		file: 'banks/library.yaml',
		line: 13,
		column: 7,
		message: /exactly one option must have `correct: true` \(found 2\)/
	},
	'key-on-contested': {
		rule: 'key-on-contested',
		file: 'banks/library.yaml',
		line: 45,
		column: 16,
		message: /the key rests on contested fact "book-count"/
	},
	'all-of-the-above': {
		rule: 'all-none-of-the-above',
		file: 'banks/library.yaml',
		line: 15,
		column: 17,
		message: /"All of the above"/
	},
	'stale-hash': {
		rule: 'source-hash',
		file: 'sources/port-ellis-library.md',
		line: 13,
		column: 7,
		message:
			/has changed since its hash was recorded: if the edit is intended, set hash: sha256-[0-9a-f]{64}/
	},
	'malformed-yaml': {
		rule: 'yaml-syntax',
		file: 'banks/library.yaml',
		line: 19,
		column: 1,
		message: /^YAML syntax: /
	},
	'unknown-field': {
		rule: 'shape',
		file: 'facts/library.yaml',
		line: 3,
		column: 5,
		message: /facts\.0\.statment: unknown field "statment"/
	}
};

describe('the valid fixture tree', () => {
	it('builds with no errors and no warnings', () => {
		const { errors, warnings, catalog } = buildCatalog(readTree(`${FIXTURES}valid`), 'valid');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		expect(catalog.facts.map((f) => f.id)).toContain('book-count');
		expect(catalog.explainers[0]).toMatchObject({ id: 'library', order: 1 });
	});
});

describe('each error class', () => {
	for (const [name, want] of Object.entries(cases)) {
		it(`${name}: ${want.rule} at ${want.file}:${want.line}:${want.column}`, () => {
			const { errors } = buildCase(name);
			const hit = errors.find((e) => e.rule === want.rule && want.message.test(e.message));
			expect(hit, `errors were: ${JSON.stringify(errors, null, 1)}`).toBeDefined();
			expect(hit).toMatchObject({
				file: `fixtures/${name}/${want.file}`,
				line: want.line,
				column: want.column
			});
			expect(hit!.message).toMatch(want.message);
		});
	}

	it('a broken YAML file is reported once, not as a cascade of unknown references', () => {
		const { errors } = buildCase('malformed-yaml');
		expect(errors).toHaveLength(1);
	});

	it('a fact with a shape error does not hide the other facts of its file', () => {
		const { catalog } = buildCase('unknown-field');
		expect(catalog.factById.has('mayor-ribbon')).toBe(true);
		expect(catalog.factById.has('library-opened')).toBe(false);
	});
});
