/**
 * A statement outlives the day its source was written: "last month" or "this year" in it would
 * be read against the reader's today. This writes such words as the date they stand for, read
 * against the source's published date ("Last month, CNN learned" in an article of August 2022
 * becomes "In July 2022, CNN learned"). Only the statement changes; the quote keeps the source's
 * words.
 */
import { findDates } from './dates';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "16 May 1985" for 1985-05-16, "July 2022" for 2022-07, "2022" for 2022. */
export function spoken(value: string): string {
	const [y, m, d] = value.split('-');
	const month = m ? `${MONTHS[Number(m) - 1]} ${y}` : y!;
	return d ? `${Number(d)} ${month}` : month;
}

/**
 * @param statement a drafted statement
 * @param published the source's published date (YYYY, YYYY-MM or YYYY-MM-DD); without it the
 *   statement is returned unchanged
 * @returns the statement with "this year", "last year", "last month", "last <month>" and "forty
 *   years ago (today)" written as the date they are, and a month or day without its year ("July
 *   28", "since January") written with it (only where the reference gives that
 *   precision: findDates caps it)
 */
export function anchorRelativeDates(statement: string, published?: string): string {
	if (!published) return statement;
	let out = statement;
	// from the end, so earlier offsets stay valid
	for (const d of findDates(statement, published).reverse()) {
		const before = out.slice(0, d.index);
		const after = out.slice(d.index + d.text.length);
		let start = d.index;
		let words: string;
		// "last month" against a year-only reference is some month of that year: left as written
		const unit = /month$/i.test(d.text) ? 'month' : 'year';
		if (/^(?:this|last) (?:year|month)$/i.test(d.text) && d.precision === unit) {
			if (/^[’']s\b/.test(after)) {
				// "in last year’s elections" → "in the 2021 elections"
				if (/year$/i.test(d.text)) out = `${before}the ${spoken(d.value)}${after.slice(2)}`;
				continue;
			}
			words = `in ${spoken(d.value)}`;
		} else if (
			/^\p{Lu}\p{Ll}+$/u.test(d.text) &&
			/\blast\s+$/i.test(before) &&
			d.value.length === 7
		) {
			// "Last March": chrono reads the month alone
			start = before.search(/\blast\s+$/i);
			words = `in ${spoken(d.value)}`;
		} else if (/\byears ago\b/i.test(d.text)) {
			// "Forty years ago today, three scientists published" → "On 16 May 1985, three…"
			words = `${d.precision === 'day' ? 'on' : 'in'} ${spoken(d.value)}`;
		} else if (
			/\p{Lu}\p{Ll}+/u.test(d.text) &&
			!/\d{4}/.test(d.text) &&
			d.precision !== 'year' &&
			/\b(?:on|in|since|from|until|by)\s+$/i.test(before)
		) {
			// "held on July 28", "since January": the year the reader needs is the source's
			// ("declared 16 September the International Day": a day of every year, left alone)
			words = spoken(d.value);
		} else continue;
		// "in Venezuela this year" → "in Venezuela in 2022"; at the start, "In July 2022,"
		if (start === 0) words = words[0]!.toUpperCase() + words.slice(1);
		out = out.slice(0, start) + words + after;
	}
	return out;
}
