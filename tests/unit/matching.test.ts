import { describe, expect, it } from 'vitest';
import { findNearMiss, isCloseEnough } from '../../src/lib/server/content/checks/near-miss';
import { normalize, normalizeWithMap } from '../../src/lib/server/content/normalize';

describe('normalize', () => {
	it('folds curly quotes, apostrophes and dashes, and collapses whitespace', () => {
		expect(normalize('  “It’s\u00a0not —\n\tover,” he said ')).toBe('"It\'s not - over," he said');
	});

	it('keeps letters, case and other punctuation exactly', () => {
		expect(normalize('Guaidó, Guaido.')).toBe('Guaidó, Guaido.');
		expect(normalize('Story')).not.toBe(normalize('story'));
	});

	it('maps each normalised character back to its original offset', () => {
		const input = 'a  “b”';
		const { text, origin } = normalizeWithMap(input);
		expect(text).toBe('a "b"');
		expect(input[origin[2]!]).toBe('“');
		expect(input[origin[3]!]).toBe('b');
	});
});

describe('findNearMiss', () => {
	const text = 'The trip was in the works for months, the official said.';

	it('finds the span one typo away and its exact bounds', () => {
		const miss = findNearMiss('in the wroks for months', text)!;
		expect(miss.distance).toBe(2);
		expect(text.slice(miss.start, miss.end)).toBe('in the works for months');
		expect(isCloseEnough(miss, 23)).toBe(true);
	});

	it('does not call an unrelated sentence close', () => {
		const q = 'Maduro released two Americans';
		const miss = findNearMiss(q, text)!;
		expect(isCloseEnough(miss, q.length)).toBe(false);
	});
});

describe('normalize and normalizeWithMap agree', () => {
	it('on text with every kind of folded character', () => {
		for (const s of ['  a\u00a0“b”\n\n‘c’ — d–e  ', 'plain', '', ' \t ', '«x»′″‐−']) {
			expect(normalize(s)).toBe(normalizeWithMap(s).text);
		}
	});
});

describe('normalize on text it may leave as it is', () => {
	/** Every fold and whitespace rule applied, with no shortcut for text that needs none. */
	const reference = (s: string) =>
		s
			.replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g, "'")
			.replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
			.replace(/[\u2010-\u2015\u2212]/g, '-')
			.replace(/\s+/g, ' ')
			.trim();

	it('catches one character to change at the start, in the middle or at the end', () => {
		const odd = [
			' ',
			'  ',
			'\t',
			'\n',
			'\u00a0',
			'\u2028',
			'\ufeff',
			'`',
			'\u2019',
			'\u201c',
			'\u2014'
		];
		for (const c of odd) {
			for (const s of [`${c}word`, `one${c}two`, `word${c}`, `a ${c} b`, c]) {
				expect(normalize(s)).toBe(reference(s));
			}
		}
	});

	it('returns plain text unchanged', () => {
		for (const s of ['word', 'one two three', 'it\'s "quoted" - fine', 'Guaidó']) {
			expect(normalize(s)).toBe(s);
		}
	});
});
