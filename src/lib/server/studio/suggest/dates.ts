/**
 * Dates in a sentence, with the precision the text supports (year, month or day), found by
 * chrono-node with the source's published date as the reference for incomplete dates.
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { z } from 'zod';
import type { DatePrecisionSchema } from '$lib/content/schema';
import { mergeRanges } from './ranges';

export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export interface FoundDate {
	/** YYYY, YYYY-MM or YYYY-MM-DD: the form gives the precision. */
	value: string;
	precision: DatePrecision;
	/** The words the date was read from. */
	text: string;
	/** Offset of `text` in the sentence. */
	index: number;
}

const DAY = 24 * 60 * 60 * 1000;
const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const MONTH_OR_DIGIT = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
// a weekday, abbreviated too (chrono reads the verb "sat" as Saturday)
const WEEKDAY_ONLY =
	/^\W*(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b[^\d]*$/i;
// the moment of writing, which the sentence does not date: the published date is not the event's
const NOW = /^\W*(?:now|today|tonight|currently|right now|this (?:second|moment|minute|time))\W*$/i;
const DURATION =
	/^\W*(?:for|the past|past|over|within|last\s+\w+\s+(?:days|weeks|months|years))\b/i;
// a count of units with no "ago" or "in" to anchor it ("this 12 months", a spinner's "this year")
const SPAN = /^\W*(?:this\s+)?\d+\s+(?:days?|weeks?|months?|years?)\W*$/i;
const BARE_YEAR =
	/\b(?:in|since|until|by|from|of|during|around|about|before|after)\s+((?:19|20)\d\d)\b/gi;
// "- London, 1990: developed countries agreed…": a list item headed by its place and year
const HEADED_YEAR = /^(?:[-–•]\s+)?\p{Lu}[\p{L} ]{1,40}, ((?:1[89]|20)\d\d):/u;
// "two months before the paper appeared", "a year later": counted from another event, not from
// the reference, so the date chrono computes is wrong
const ANCHORED = /\b(?:before|after|later|earlier)\W*$/i;
// "each October", "late September": a month in general, every year, not one dated month
const RECURRING = /\b(?:each|every|the|late|early|mid|around)\s+$/i;
// the web page's own "date 2022-03-11" line is the publication date, not an event's
const DATE_LINE = /^\s*date\s+\d{4}-\d\d-\d\d\b/i;

// "Forty years ago today": chrono reads no number written in words before "years ago"
const YEARS_AGO = /\b([\p{L}-]+|\d+) years ago( today)?\b/iu;

/** "Forty years ago (today)" read against the reference: null when the count is no number. */
function yearsAgo(
	sentence: string,
	ref: { date: Date; precision: DatePrecision }
): FoundDate | null {
	const m = YEARS_AGO.exec(sentence);
	const count = m && (nlp(m[1]!).numbers().get() as number[])[0];
	if (!m || !count || !Number.isInteger(count)) return null;
	const y = ref.date.getUTCFullYear() - count;
	const exact = !!m[2] && ref.precision === 'day';
	const date = ref.date;
	return {
		value: exact ? format(y, date.getUTCMonth() + 1, date.getUTCDate(), 'day') : String(y),
		precision: exact ? 'day' : 'year',
		text: m[0],
		index: m.index
	};
}

/** The reference as a Date (noon UTC, so no time zone moves the day) and its precision. */
function reference(published: string | undefined): { date: Date; precision: DatePrecision } | null {
	if (!published) return null;
	const [y, m, d] = published.split('-').map(Number);
	const precision: DatePrecision = d ? 'day' : m ? 'month' : 'year';
	return { date: new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1, 12)), precision };
}

function format(y: number, m: number, d: number, precision: DatePrecision): string {
	const yy = String(y).padStart(4, '0');
	const mm = String(m).padStart(2, '0');
	const dd = String(d).padStart(2, '0');
	return precision === 'year' ? yy : precision === 'month' ? `${yy}-${mm}` : `${yy}-${mm}-${dd}`;
}

/**
 * Find the dates in `sentence`. `published` is the source's publication date (YYYY, YYYY-MM or
 * YYYY-MM-DD), used for a missing year ("July 28") and for relative words ("last month"); the
 * precision of a relative date never exceeds the reference's. Without a reference, a date whose
 * year the text does not give is left out. Times of day are ignored.
 */
export function findDates(sentence: string, published?: string): FoundDate[] {
	const ref = reference(published);
	const out: FoundDate[] = [];
	for (const r of chrono.parse(sentence, ref?.date ?? new Date(0))) {
		// a weekday names a day only by counting back from an exact date the text does not
		// give, and "for two hours" or "the past two years" are durations, not dates
		if ([WEEKDAY_ONLY, DURATION, SPAN, NOW, ANCHORED].some((rule) => rule.test(r.text))) continue;
		if (DATE_LINE.test(sentence) && r.index < 16) continue;
		const s = r.start;
		let precision: DatePrecision = s.isCertain('day')
			? 'day'
			: s.isCertain('month')
				? 'month'
				: 'year';
		const relative = !MONTH_OR_DIGIT.test(r.text);
		let capped = false;
		if (!s.isCertain('month') && !s.isCertain('year') && !relative) continue; // a bare time
		// "the long polar night", "morning": a time of day, no date
		if (relative && !/\b(?:year|month|week|day|yesterday|today|ago)\b/i.test(r.text)) continue;
		if (relative || !s.isCertain('year')) {
			if (!ref) continue;
			// "in six weeks": a plan the article looks forward to, not an event it reports
			if (relative && s.date().getTime() > ref.date.getTime() + DAY) continue;
			if (relative && RANK[precision] > RANK[ref.precision]) {
				precision = ref.precision;
				// "last month" in an article of 2024 is a month of 2024 (the reference is 1 January
				// only for want of a better day), unless the words say "year"
				if (precision === 'year' && !/year/i.test(r.text)) capped = true;
			}
		}
		const before = sentence.slice(0, r.index);
		if (!s.isCertain('year') && !s.isCertain('day') && !relative && RECURRING.test(before)) {
			continue;
		}
		let year = capped ? ref!.date.getUTCFullYear() : s.get('year')!;
		// chrono takes the nearest year to the reference; when only the year of publication is
		// known (a reference of 1 January), "November" means November of that year
		if (!s.isCertain('year') && !relative && ref?.precision === 'year') {
			year = ref.date.getUTCFullYear();
		}
		const value = format(year, s.get('month')!, s.get('day')!, precision);
		out.push({ value, precision, text: r.text.trim().replace(/[,.]$/, ''), index: r.index });
	}
	const ago = ref && yearsAgo(sentence, ref);
	if (ago && !out.some((d) => d.index === ago.index)) out.push(ago);
	// chrono does not read a bare year ("in 2019"): take it when no chrono date covers it
	const headed = HEADED_YEAR.exec(sentence);
	const bare = [...(headed ? [headed] : []), ...sentence.matchAll(BARE_YEAR)];
	for (const m of bare) {
		const index = m.index + m[0].lastIndexOf(m[1]!);
		if (out.some((d) => index >= d.index && index < d.index + d.text.length)) continue;
		// "by around 2040": a forecast the article looks forward to, not an event it reports
		if (ref && Number(m[1]) > ref.date.getUTCFullYear()) continue;
		out.push({ value: m[1]!, precision: 'year', text: m[1]!, index });
	}
	return mergeRanges(
		sentence,
		out.sort((a, b) => a.index - b.index)
	);
}
