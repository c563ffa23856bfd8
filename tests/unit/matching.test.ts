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
