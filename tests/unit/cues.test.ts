/**
 * The warnings that keep questions from giving each other away, each on a fixture laid over the
 * valid tree: the message, rule, file, line and column an author sees, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { unresolvedReferences } from '../../src/lib/server/content/checks/lint-references';
import { hasWord, tokens, WordSpans } from '../../src/lib/server/content/checks/tokens';
import { buildCase } from './fixtures';

const warned = (name: string) => {
	const { errors, warnings, catalog } = buildCase(name, 'warnings');
	expect(errors).toEqual([]);
	return { warnings, catalog };
};

describe('a distractor from another group than the key', () => {
	it('is flagged by name and through the fact that contradicts it, but not within the group', () => {
		const { warnings } = warned('distractor-group');
		expect(warnings.map((w) => [w.rule, w.file, w.line, w.column])).toEqual([
			['distractor-group', 'fixtures/distractor-group/banks/people.yaml', 20, 15],
			['distractor-group', 'fixtures/distractor-group/banks/people.yaml', 23, 15]
		]);
		expect(warnings[0]!.message).toBe(
			`distractor "Cara Lind" (Library staff) is not of the key's group ("Ana Ruiz": Town council): a student can rule it out without knowing the answer; choose a distractor from Town council`
		);
		expect(warnings[1]!.message).toMatch(
			/^distractor "The librarian, Cara Lind" \(Library staff\)/
		);
	});
});

describe('a stem that contains the key of another question', () => {
	it('is recorded as a cue pair and reported where the key appears', () => {
		const { warnings, catalog } = warned('cueing-pair');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({
			rule: 'cues-key',
			file: 'fixtures/cueing-pair/banks/more.yaml',
			line: 5,
			column: 11,
			message:
				'the stem contains "Ana Ruiz", the key of question "q-who-cut-ribbon" (fixtures/cueing-pair/banks/library.yaml:5:11): whoever reads this one can answer that one (quizzes keep the two apart); reword one of them'
		});
		expect(catalog.cuePairs).toEqual([
			{
				from: 'q-opening-day',
				to: 'q-who-cut-ribbon',
				kind: 'gives-key',
				field: 'stem',
				detail: 'Ana Ruiz'
			}
		]);
		expect(catalog.cues.get('q-who-cut-ribbon')).toEqual(new Set(['q-opening-day']));
		expect(catalog.cues.get('q-opening-day')).toEqual(new Set(['q-who-cut-ribbon']));
	});
});

describe('near-duplicate stems', () => {
	it('are recorded and reported at the later stem, naming the first', () => {
		const { warnings, catalog } = warned('near-duplicate');
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({
			rule: 'near-duplicate',
			file: 'fixtures/near-duplicate/banks/more.yaml',
			line: 5,
			column: 11
		});
		expect(warnings[0]!.message).toBe(
			'this stem is nearly the same as that of question "q-critics" (fixtures/near-duplicate/banks/library.yaml:31:11) (100% of their content words shared, same fact): one answers the other (quizzes keep the two apart); ask something else or keep one'
		);
		expect(catalog.cuePairs.map((p) => [p.from, p.to, p.kind])).toEqual([
			['q-critics', 'q-critics-again', 'near-duplicate']
		]);
	});
});

describe('a stem with a reference it never resolves', () => {
	it('is reported at the stem, quoting the reference', () => {
		const { warnings } = warned('unresolved-reference');
		expect(warnings.map((w) => [w.rule, w.line, w.column, w.message])).toEqual([
			[
				'unresolved-reference',
				5,
				11,
				'the stem refers to "the meeting" without saying which: a quiz may show it first and alone, so name it (who, what, when, which source)'
			],
			[
				'unresolved-reference',
				18,
				11,
				'the stem refers to "this way" without saying which: a quiz may show it first and alone, so name it (who, what, when, which source)'
			]
		]);
		expect(new Set(warnings.map((w) => w.file))).toEqual(
			new Set(['fixtures/unresolved-reference/banks/more.yaml'])
		);
	});

	it('flags the four stems blind readers could not follow, and their fixed versions pass', () => {
		expect(
			unresolvedReferences(
				'Which countries does Blanco name as typical examples of regimes that proceed this way?'
			)
		).toEqual(['this way']);
		expect(
			unresolvedReferences(
				'After the meeting, what did Maduro say the two countries had agreed to do?'
			)
		).toEqual(['the meeting']);
		expect(
			unresolvedReferences(
				'According to Blanco, what is the only thing Maduro can achieve through this exchange?'
			)
		).toEqual(['this exchange']);
		expect(
			unresolvedReferences(
				'According to the former State Department official, how did Maduro publicise it?'
			)
		).toEqual(['the former State Department official']);
		// "offer" after the noun is a verb, not "of": the phrase is still unpinned.
		expect(unresolvedReferences('In exchange, the conversations offer 250 Venezuelans.')).toEqual([
			'the conversations'
		]);
		for (const fine of [
			'After the US delegation met Maduro in Caracas in March 2022, what did he say the two countries had agreed to do?',
			'According to the former State Department official Eric Farnsworth, what do countries do after elections?',
			'Which person do the sources describe as the special envoy for hostage affairs?',
			'Which of these remarks did Blanco make in the 2025 interview?',
			'A classmate writes: "The US will refuse concessions." How should the sentence be fixed?',
			'What did the Barbados agreement of October 2023 set?',
			// Quoted words are the source's: "the national dialogue" there is no reference of the stem.
			'In March 2022 Maduro said his government had "decided to reactivate the national dialogue process". What did Cabello say?'
		])
			expect(unresolvedReferences(fine), fine).toEqual([]);
	});
});

describe('tokens (the words the cue and similarity checks compare)', () => {
	// The one-pass tokenizer must split exactly where a split on "not a letter or digit" does,
	// including in texts the normaliser would have changed first (curly quotes, dashes, spaces).
	const bySplit = (s: string) =>
		s
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((t) => t.length > 0);
	it.each([
		'Maduro’s “guarantee” — 2024–25, not 2019',
		'  Ação de São Paulo: ÉLAN vitał; İstanbul ',
		'𝐁old 𝟐𝟎 and 😀emoji😀 split',
		'x',
		'',
		'--- … ---'
	])('%j', (text) => {
		expect(tokens(text)).toEqual(bySplit(text));
	});
});

describe('hasWord (a word of a text, found without splitting it)', () => {
	const text = 'the 2024–25 talks: “maduro’s” offer, maduros and re-offer; 𝐁old 𝟐𝟎 ação';
	const candidates = [
		'the',
		'talks',
		'maduro',
		'maduros',
		'offer',
		're',
		'old',
		'2024',
		'25',
		'ação',
		'aç',
		'ffe',
		'𝐁old',
		'x'
	];
	it.each(candidates)('%s', (word) => {
		expect(hasWord(text, word)).toBe(tokens(text).includes(word));
	});
	it('finds a word after a first occurrence that is part of a longer word', () => {
		expect(hasWord('reoffer or offer', 'offer')).toBe(true);
		expect(hasWord('reoffer or offers', 'offer')).toBe(false);
	});
});

describe('WordSpans (where the words of a text lie)', () => {
	it('gives the same words as tokens, on one instance reused across texts of any length', () => {
		const spans = new WordSpans();
		const long = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' — ');
		for (const text of ['Maduro’s “guarantee”, 2024–25', '', '𝐁old ação', long, '  x  ']) {
			spans.of(text.toLowerCase());
			const words = Array.from({ length: spans.count }, (_, i) => spans.word(i));
			expect(words).toEqual(tokens(text));
			words.forEach((w, i) => {
				expect(spans.is(i, w)).toBe(true);
				expect(spans.is(i, `${w}x`)).toBe(false);
			});
		}
	});
});
