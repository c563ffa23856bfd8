/**
 * A date range ("between 7 September and 13 October 2022") names a period, not a day: a figure
 * measured over it belongs to no single day of it. chrono reads the two ends as two dates; this
 * makes them one, at the precision both ends share.
 */
import type { FoundDate } from './dates';

const OPENS = /\b(?:between|from)\s+$/i;
const JOINS = /^\s*(?:and|to|until|-|–)\s*$/;

/** The common start of two dates at the coarsest precision both share ('' when none). */
function shared(a: string, b: string): string {
	if (a.slice(0, 7) === b.slice(0, 7) && a.length >= 7 && b.length >= 7) return a.slice(0, 7);
	return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : '';
}

/**
 * @param sentence the sentence the dates were read from
 * @param dates its dates (findDates), in text order
 * @returns the dates with each "between A and B" / "from A to B" pair made one date: the month
 *   when both ends are in the same month, else the year when both are in the same year; a range
 *   across years is dropped, as no one date of the field fits it
 */
export function mergeRanges(sentence: string, dates: FoundDate[]): FoundDate[] {
	const out: FoundDate[] = [];
	for (let i = 0; i < dates.length; i++) {
		const a = dates[i]!;
		const b = dates[i + 1];
		const gap = b && sentence.slice(a.index + a.text.length, b.index);
		if (!b || !OPENS.test(sentence.slice(0, a.index)) || !JOINS.test(gap ?? '')) {
			out.push(a);
			continue;
		}
		i++;
		const value = shared(a.value, b.value);
		if (!value) continue;
		const text = sentence.slice(a.index, b.index + b.text.length);
		out.push({ value, precision: value.length === 7 ? 'month' : 'year', text, index: a.index });
	}
	return out;
}
