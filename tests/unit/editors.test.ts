/**
 * Files saved by any editor: a byte-order mark, Windows (CRLF) or classic Mac (CR) line endings,
 * and a field indented into the block of text above it. The fixtures under editors/ keep their
 * bytes as saved (.gitattributes marks them -text so Git never converts them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { hashBody } from '../../src/lib/server/content/read-files';
import { readTree } from '../../src/lib/server/content/read-tree';
import { buildCase, FIXTURES } from './fixtures';

const valid = buildCase('bom-source', 'editors').catalog.sourceById;

describe('files saved with a byte-order mark', () => {
	it('a source that starts with a BOM reads as if it had none', () => {
		const raw = readFileSync(`${FIXTURES}editors/bom-source/sources/port-ellis-library.md`);
		expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const { errors, warnings, catalog } = buildCase('bom-source', 'editors');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		expect(catalog.sourceById.get('port-ellis-library')?.title).toBe('Port Ellis opens a library');
		expect(catalog.facts).toHaveLength(4);
	});

	it('a YAML file that starts with a BOM reads as if it had none', () => {
		const raw = readFileSync(`${FIXTURES}editors/bom-yaml/entities.yaml`);
		expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const { errors, warnings, catalog } = buildCase('bom-yaml', 'editors');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		expect(catalog.entityById.get('ana-ruiz')?.name).toBe('Ana Ruiz');
	});
});

describe('line endings', () => {
	it('a CRLF source matches the hash recorded from its LF text, and its quotes are found', () => {
		const raw = readFileSync(
			`${FIXTURES}editors/crlf-source/sources/port-ellis-library.md`,
			'utf8'
		);
		expect(raw).toContain('\r\n');
		const { errors, warnings, catalog } = buildCase('crlf-source', 'editors');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		const text = catalog.sourceById.get('port-ellis-library')!.text;
		expect(text).not.toContain('\r');
		expect(text).toBe(valid.get('port-ellis-library')!.text);
	});

	it('a source with classic Mac (CR) line endings reads the same', () => {
		const { errors, warnings } = buildCase('cr-source', 'editors');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
	});

	it('a CRLF question bank reads the same', () => {
		const { errors, warnings, catalog } = buildCase('crlf-yaml', 'editors');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		expect(catalog.questionById.get('q-critics')?.stem).toBe(
			'What did critics say about the library?'
		);
	});

	it('hashes text the same whatever its line endings', () => {
		const lf = 'One line.\nTwo lines.\n';
		expect(hashBody(lf.replace(/\n/g, '\r\n'))).toBe(hashBody(lf));
		expect(hashBody(lf.replace(/\n/g, '\r'))).toBe(hashBody(lf));
		expect(hashBody('One line. Two lines.\n')).not.toBe(hashBody(lf));
	});
});

describe('a field indented into the block of text above it', () => {
	it('is reported at its own line and column, with the field and the block named', () => {
		const { errors, warnings, catalog } = buildCase('swallowed-field', 'warnings');
		expect(errors).toEqual([]);
		// YAML reads the line as more explanation: the hint is gone without this warning.
		expect(catalog.questionById.get('q-when-opened')?.hint).toBeUndefined();
		expect(catalog.questionById.get('q-when-opened')?.explanation).toContain('hint: Look');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({
			rule: 'swallowed-field',
			file: 'fixtures/swallowed-field/banks/library.yaml',
			line: 22,
			column: 9
		});
		expect(warnings[0]!.message).toMatch(
			/^"hint:" is indented into the block of text of "explanation" above it/
		);
	});

	it('leaves alone a line of text that only starts like a word and a colon', () => {
		const files = readTree(`${FIXTURES}valid`);
		files['banks/library.yaml'] = files['banks/library.yaml']!.replace(
			'    explanation: The article gives the date.\n',
			'    explanation: >-\n      The article gives the date.\n      Note: the year is 2021.\n'
		);
		const { errors, warnings } = buildCatalog(files, 'q');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
	});
});
