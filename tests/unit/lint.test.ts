/** The item-writing lint, on small banks built in memory from the valid fixture tree. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import { FIXTURES } from './fixtures';

const base = readTree(`${FIXTURES}valid`);

function question(id: string, stem: string, options: [string, boolean][]) {
	return {
		kind: 'single',
		id,
		stem,
		supports: ['library-opened'],
		explanation: 'x',
		difficulty: 'easy',
		bloom: 'remember',
		topics: ['library'],
		origin: 'authored',
		options: options.map(([text, correct]) =>
			correct
				? { text, correct: true, feedback: 'Yes.' }
				: { text, why_wrong: 'not-stated', feedback: 'No.' }
		)
	};
}

function lint(questions: object[]) {
	const files = { ...base, 'banks/extra.yaml': stringify({ title: 'Extra', questions }) };
	return buildCatalog(files, 'q').warnings.filter((w) => w.file === 'q/banks/extra.yaml');
}

describe('item-writing lint', () => {
	it('flags a stem that repeats the words of the key', () => {
		const w = lint([
			question('a', 'When did the library open on 4 May 2021?', [
				['4 May 2021', true],
				['June 2020', false],
				['April 2019', false]
			])
		]);
		expect(w.map((x) => x.rule)).toContain('stem-gives-key');
	});

	it('flags a negative word that is not emphasised, and accepts it in capitals', () => {
		expect(
			lint([
				question('a', 'Which is not a date?', [
					['Monday', true],
					['1 May', false],
					['2 May', false]
				])
			]).map((x) => x.rule)
		).toContain('negative-stem');
		expect(
			lint([
				question('a', 'Which is NOT a date?', [
					['Monday', true],
					['1 May', false],
					['2 May', false]
				])
			]).map((x) => x.rule)
		).not.toContain('negative-stem');
	});

	it('flags a bank where the key is the longest option more than 40% of the time', () => {
		const qs = Array.from({ length: 5 }, (_, i) =>
			question(`k${i}`, `Question ${i}?`, [
				['a much longer right answer', true],
				['short', false],
				['brief', false]
			])
		);
		const w = lint(qs);
		expect(w.find((x) => x.rule === 'key-longest')?.message).toMatch(/5 of 5 questions \(100%/);
	});

	it('flags a bank whose keys all sit in the same position', () => {
		const qs = Array.from({ length: 9 }, (_, i) =>
			question(`p${i}`, `Question ${i}?`, [
				['alpha', true],
				['bravo', false],
				['delta', false]
			])
		);
		expect(lint(qs).map((x) => x.rule)).toContain('key-position');
	});

	it('accepts a balanced bank', () => {
		const qs = Array.from({ length: 9 }, (_, i) => {
			const opts: [string, boolean][] = [
				['alpha', false],
				['bravo', false],
				['delta', false]
			];
			opts[i % 3]![1] = true;
			return question(`b${i}`, `Question ${i}?`, opts);
		});
		expect(lint(qs)).toEqual([]);
	});

	it('flags a key at the centre of two-part options, naming the parts and the options', () => {
		const w = lint([
			question('c', 'What did the report say?', [
				['It was rising, and the count was exact', false],
				['It was falling, and nobody knew the count', false],
				['It was rising, and nobody knew the count', true]
			])
		]);
		const hit = w.find((x) => x.rule === 'key-convergence');
		expect(hit?.message).toMatch(/'it was rising' with A and 'nobody knew the count' with B/);
		expect(hit?.message).toMatch(/balance the parts/);
	});

	it('flags a key at the centre of options that vary word by word around a common frame', () => {
		const w = lint([
			question('f', 'Why did the election add urgency?', [
				['A Republican win could bring back sanctions', false],
				['A Republican win could put force on the table', false],
				['A Democratic win could end the talks', false],
				['A Republican win could end the talks', true]
			])
		]);
		expect(w.find((x) => x.rule === 'key-convergence')?.message).toMatch(
			/'republican' with A and B and 'end talks' with C/
		);
	});

	it('accepts a balanced 2x2 and single-part options', () => {
		const rules = lint([
			question('d', 'What did the report say?', [
				['It was rising, and the count was exact', false],
				['It was falling, and nobody knew the count', false],
				['It was falling, and the count was exact', false],
				['It was rising, and nobody knew the count', true]
			]),
			question('e', 'Who spoke?', [
				['Maduro', true],
				['Guaidó', false],
				['Rodríguez', false]
			])
		]).map((x) => x.rule);
		expect(rules).not.toContain('key-convergence');
	});
});

describe('quotation marks that cannot pair', () => {
	const withStem = (stem: string) =>
		lint([
			question('a', stem, [
				['Monday', true],
				['Tuesday', false],
				['Sunday', false]
			])
		]).filter((w) => w.rule === 'doubled-quote-mark');

	it.each([
		['a straight pair around a curly quotation', '"“You cannot say,” he said" — who said it?'],
		['two curly marks opening', 'Who said ““You cannot say”?'],
		['two straight marks side by side', 'Who said ""You cannot say""?']
	])('are flagged at the field: %s', (_, stem) => {
		const found = withStem(stem);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ file: 'q/banks/extra.yaml', line: 5 });
		expect(found[0]!.message).toMatch(/single marks \(‘…’\)/);
	});

	it.each([
		['one quotation closed and the next opened', 'Who said "stay." and "Final"?'],
		['a quotation inside a quotation in single marks', 'Who said “‘You cannot say,’ he said”?'],
		['Spanish marks around English ones', 'Who wrote «“No”, dijo»?']
	])('leave sound prose alone: %s', (_, stem) => {
		expect(withStem(stem)).toEqual([]);
	});

	it('are flagged in a fact’s statement too', () => {
		const files = { ...base };
		files['facts/library.yaml'] = files['facts/library.yaml']!.replace(
			'statement: Port Ellis opened a new library on 4 May 2021.',
			`statement: 'Port Ellis opened "“a new library”" on 4 May 2021.'`
		);
		const rules = buildCatalog(files, 'q').warnings.filter((w) => w.rule === 'doubled-quote-mark');
		expect(rules.map((w) => `${w.file}:${w.line}`)).toEqual(['q/facts/library.yaml:3']);
	});
});
