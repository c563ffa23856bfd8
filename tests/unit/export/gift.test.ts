/**
 * GIFT read back with gift-pegjs (a maintained GIFT grammar) and compared field by field with
 * the source question, for every question of every real bank and for adversarial texts.
 */
import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { giftEscape, toGift } from '../../../src/lib/server/export/gift';
import type { ExportSet } from '../../../src/lib/server/export/model';
import { differences, type ReadBack } from './expected';
import { adversarialSet, bankSets } from './support';

function readGift(text: string): ReadBack[] {
	return parse(text).map((g) => {
		if (g.type !== 'MC') throw new Error(`read a ${g.type} question, not multiple choice`);
		return {
			id: g.title ?? '',
			stem: g.stem.text,
			options: g.choices.map((c) => ({
				text: c.text.text,
				correct: c.isCorrect,
				feedback: c.feedback?.text
			})),
			general: g.globalFeedback?.text
		};
	});
}

function roundTrip(set: ExportSet, text = toGift(set)): string[] {
	const read = readGift(text);
	const byId = new Map(read.map((r) => [r.id, r]));
	return [
		...(read.length === set.questions.length
			? []
			: [`read ${read.length} questions, wrote ${set.questions.length}`]),
		...set.questions.flatMap((q) => differences(q, byId.get(q.id), { feedback: true }))
	];
}

describe('GIFT export', () => {
	it.each(bankSets.map((s) => [s.title, s] as const))(
		'reads back every question of bank "%s" as written',
		(_, set) => {
			expect(set.questions.length).toBeGreaterThan(0);
			expect(roundTrip(set)).toEqual([]);
		}
	);

	it('reads back texts full of ~ = # { } : \\, quotes, line breaks and non-ASCII as written', () => {
		expect(roundTrip(adversarialSet)).toEqual([]);
	});

	it('escapes each special character with a backslash', () => {
		expect(giftEscape('~=#{}:\\')).toBe('\\~\\=\\#\\{\\}\\:\\\\');
		expect(giftEscape('a\nb')).toBe('a\\nb');
	});

	it('would catch an export that left = unescaped: {=a = b ~c} reads as two keys', () => {
		const unescaped = toGift(adversarialSet).replace('\\{\\=a \\= b \\~c\\}', '{=a = b ~c}');
		expect(unescaped).not.toBe(toGift(adversarialSet));
		expect(() => roundTrip(adversarialSet, unescaped)).toThrow();
		const inner = toGift(adversarialSet).replace('\\{\\=a \\= b \\~c\\}', 'a = b');
		expect(roundTrip(adversarialSet, inner).join('\n')).toMatch(
			/number of keys: expected 1, read 2/
		);
	});
});
