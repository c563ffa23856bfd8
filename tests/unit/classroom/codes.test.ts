/** Join codes: entropy, alphabet, uniformity, and what a student may type. */
import { describe, expect, it } from 'vitest';
import {
	CODE_ALPHABET,
	CODE_BITS,
	CODE_LENGTH,
	displayJoinCode,
	newJoinCode,
	normalizeJoinCode
} from '../../../src/lib/server/classroom/store/codes';

describe('join codes', () => {
	it('carry at least 30 bits', () => {
		expect(CODE_BITS).toBeGreaterThanOrEqual(30);
		expect(CODE_LENGTH).toBe(7);
	});

	it('use no look-alike characters', () => {
		for (const ch of '01ILO') expect(CODE_ALPHABET).not.toContain(ch);
		expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
	});

	it('are drawn uniformly (chi-square over 70,000 characters)', () => {
		const counts = new Map<string, number>();
		const n = 10_000;
		for (let i = 0; i < n; i++) {
			const code = newJoinCode();
			expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`));
			for (const ch of code) counts.set(ch, (counts.get(ch) ?? 0) + 1);
		}
		const expected = (n * CODE_LENGTH) / CODE_ALPHABET.length;
		const chi2 = [...CODE_ALPHABET].reduce(
			(s, ch) => s + ((counts.get(ch) ?? 0) - expected) ** 2 / expected,
			0
		);
		// 30 degrees of freedom: p < 0.0001 above 66.6. A biased generator fails by far.
		expect(chi2).toBeLessThan(66.6);
	});

	it('do not repeat in practice', () => {
		const seen = new Set(Array.from({ length: 20_000 }, newJoinCode));
		expect(seen.size).toBe(20_000);
	});

	it('accept what a student types: any case, spaces and dashes', () => {
		expect(normalizeJoinCode('7kq2 xmp')).toBe('7KQ2XMP');
		expect(normalizeJoinCode(' 7KQ2-XMP ')).toBe('7KQ2XMP');
		expect(normalizeJoinCode('7KQ2XM')).toBeNull();
		expect(normalizeJoinCode('7KQ2XM0')).toBeNull();
		expect(normalizeJoinCode('')).toBeNull();
		expect(displayJoinCode('7KQ2XMP')).toBe('7KQ2 XMP');
	});
});
