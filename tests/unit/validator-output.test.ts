/**
 * The validator's output must not change when its insides do: every fixture case and every
 * mutation of the valid fixture (validator-mutations.ts) gives exactly the problems — message,
 * file, line and column — recorded in validator-output*.json, which were written by the
 * validator as it was before it read YAML with js-yaml. The incremental validator gives the
 * same, both from scratch and after updating from the valid tree.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { formatProblem } from '../../src/lib/server/content/problems';
import { readTree } from '../../src/lib/server/content/read-tree';
import { createValidator } from '../../src/lib/server/content/validator';
import { FIXTURES } from './fixtures';
import expectedCases from './validator-output.json';
import expectedMutations from './validator-output-mutations.json';
import { MUTATIONS, mutate } from './validator-mutations';

type Result = ReturnType<typeof buildCatalog>;
const printed = (r: Result) => [...r.errors, ...r.warnings].map(formatProblem);

const valid = readTree(`${FIXTURES}valid`);
const cases: [string, Record<string, string>][] = [['valid', valid]];
for (const folder of ['errors', 'warnings', 'editors'])
	for (const c of readdirSync(`${FIXTURES}${folder}`).sort())
		cases.push([`${folder}/${c}`, { ...valid, ...readTree(`${FIXTURES}${folder}/${c}`) }]);

/** The changes that turn `from` into `to`, as `update` takes them. */
function changes(from: Record<string, string>, to: Record<string, string>) {
	const out: Record<string, string | null> = {};
	for (const p of Object.keys(from)) if (!(p in to)) out[p] = null;
	for (const [p, t] of Object.entries(to)) if (from[p] !== t) out[p] = t;
	return out;
}

describe('validator output', () => {
	it.each(cases)('fixture %s prints as recorded', (name, files) => {
		const expected = (expectedCases as Record<string, string[]>)[name];
		expect(printed(buildCatalog(files, `fixtures/${name}`))).toEqual(expected);
		expect(printed(createValidator(files, `fixtures/${name}`).result)).toEqual(expected);
	});

	it.each(Object.entries(MUTATIONS))('mutation %s prints as recorded', (name, edits) => {
		const root = `mutations/${name}`;
		const files = mutate(valid, edits);
		const expected = (expectedMutations as Record<string, string[]>)[name];
		expect(printed(buildCatalog(files, root))).toEqual(expected);
		const validator = createValidator(valid, root);
		expect(printed(validator.update(changes(valid, files)))).toEqual(expected);
		expect(printed(validator.update(changes(files, valid)))).toEqual(
			printed(buildCatalog(valid, root))
		);
	});

	it('records every fixture case', () => {
		expect(Object.keys(expectedCases).sort()).toEqual(cases.map(([n]) => n).sort());
	});
});
