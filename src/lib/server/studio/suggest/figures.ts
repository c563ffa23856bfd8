/**
 * Figures in a sentence: a number with what it counts or measures, read by compromise (which
 * also reads numbers in words, "nine", "$15 million"). Ranges ("between 29 and 50") become a
 * value with a `max`; an estimate ("about") marks the figure approximate, a limit ("more than", "at least") is marked
 * as a bound.
 */
import nlp from 'compromise';

export interface FoundFigure {
	value: number;
	max?: number;
	unit: string;
	approximate?: boolean;
	/** Set when the text gives a limit ("more than 250"), not the value or an estimate of it. */
	bound?: 'lower' | 'upper';
	/** The words the figure was read from, unit included. */
	text: string;
	/** Offset of `text` in the sentence. */
	index: number;
}

interface NumberJson {
	text: string;
	number?: { num?: number; unit?: string } | null;
	offset: { start: number; length: number };
	terms: { tags: string[] }[];
}

// an estimate ("about 250"): the schema's `approximate`
const HEDGE = /\b(?:about|around|nearly|almost|some|roughly|approximately)\s+$/i;
// a bound ("more than 250", "at least three"): the figure is a limit, not an estimate of the
// value, and the fact schema has no field for a limit, so it is not typed as a number at all
const BOUND = /\b(?:more than|over|at least|up to|at most|fewer than|less than|under)\s+$/i;
/** The currency a money figure is written in, by its symbol or word; '' when it is not money. */
function currencyOf(text: string): string {
	if (/£|\bpounds?\b/i.test(text)) return 'pounds sterling';
	if (/€|\beuros?\b/i.test(text)) return 'euros';
	if (/¥|\byen\b/i.test(text)) return 'yen';
	if (/\$|\bdollars?\b/i.test(text)) return 'US dollars';
	return '';
}

/** A word before a number that makes the number part of a name, not a count. */
const LABEL_BEFORE =
	/\b(?:Year|Grade|Class|Form|Route|Article|Section|Chapter|Room|Stage|Level|Phase|No\.?|Number|Flight|Highway|Apollo|Resolution)\s+$/;

/** A capitalised word right before the number, not at the start of the sentence. */
const NAMED = /\S\s+[A-Z][\p{L}-]*\s+$/u;

/** Whether the counted noun phrase names one thing ("satellite"), not many ("satellites"). */
function isSingular(unit: string): boolean {
	return unit !== 'percent' && !currencyOf(unit) && nlp(unit).has('#Singular');
}

/** Words that qualify a count without naming what is counted. */
const NOT_THE_UNIT = /^(?:other|different|more|additional|further|such|separate|new)$/i;

/** The unit after a number: up to three following nouns and adjectives ("foreign political
 * prisoners"), ending on a noun; none when a verb or pronoun follows ("1 he could bet"). */
function unitAfter(rest: string): string {
	const terms = nlp(rest).terms().json() as { text: string; terms: { tags: string[] }[] }[];
	const words: string[] = [];
	let lastNoun = 0;
	for (const t of terms.slice(0, 3)) {
		const tags = t.terms[0]?.tags ?? [];
		const noun = tags.includes('Noun') && !tags.includes('Pronoun');
		if (!noun && !tags.includes('Adjective')) break;
		words.push(t.text);
		if (noun) lastNoun = words.length;
		if (/[,;:.]$/.test(t.text) || (noun && /[^\p{L}]$/u.test(t.text))) break;
	}
	// "three different US residents" counts US residents
	const counted = words.slice(0, lastNoun);
	while (counted.length > 1 && NOT_THE_UNIT.test(counted[0]!)) counted.shift();
	return counted.join(' ').replace(/[^\p{L}]+$/u, '');
}

/**
 * Find the figures in `sentence`, leaving out any inside `skip` spans (dates already found:
 * the 28 of "July 28", a year). A number with nothing counted after it is left out.
 */
export function findFigures(
	sentence: string,
	skip: { index: number; text: string }[] = []
): FoundFigure[] {
	const nums = nlp(sentence).numbers().json({ offset: true }) as NumberJson[];
	const out: FoundFigure[] = [];
	for (let i = 0; i < nums.length; i++) {
		const n = nums[i]!;
		const value = n.number?.num;
		const start = n.offset.start;
		let end = start + n.offset.length;
		if (value === undefined || value === null || !Number.isFinite(value)) continue;
		if (skip.some((s) => start < s.index + s.text.length && end > s.index)) continue;
		if (/^(?:19|20)\d\d\W?$/.test(n.text)) continue; // a year the date reader did not take
		if (LABEL_BEFORE.test(sentence.slice(0, start))) continue; // "Year 9", "Route 66": a name
		const tags = n.terms.flatMap((t) => t.tags);
		if (tags.includes('Ordinal') || tags.includes('Fraction')) continue;
		let max: number | undefined;
		const next = nums[i + 1];
		const between = next && sentence.slice(end, next.offset.start);
		if (
			next &&
			between &&
			/^\s*(?:and|to|-|–)\s*$/.test(between) &&
			(next.number?.num ?? 0) > value
		) {
			max = next.number!.num!;
			end = next.offset.start + next.offset.length;
			i++;
		}
		let unit: string;
		let tail = sentence.slice(end);
		const currency = currencyOf(n.text);
		if (currency) unit = currency;
		else if (tags.includes('Percent') || /^\s*(?:percent|per cent|%)/.test(tail)) {
			unit = 'percent';
			tail = tail.replace(/^\s*(?:percent|per cent|%)/, '');
			end = sentence.length - tail.length;
		} else {
			unit = unitAfter(tail);
			if (!unit) continue;
			end = sentence.indexOf(unit, end) + unit.length;
		}
		// "Nimbus 7 satellite": a number after a name, before one thing, is part of the name
		if (value !== 1 && NAMED.test(sentence.slice(0, start)) && isSingular(unit)) continue;
		// "one opposition source", "one basket": a single thing is rarely the figure a fact
		// states; "this 12 months" is a spinner's "this year"
		if (value === 1 && max === undefined && unit !== 'US dollars' && unit !== 'percent') continue;
		if (/\b(?:this|next|last)\s+$/i.test(sentence.slice(0, start))) continue;
		// "the two countries", "the four people familiar with": things already known, not a count
		// the sentence states
		if (/\bthe\s+$/i.test(sentence.slice(0, start))) continue;
		// "from 60 degrees north": a latitude, a place, not a measure
		if (/\b(?:north|south|east|west)\b/i.test(`${unit} ${sentence.slice(end, end + 8)}`)) continue;
		// "two months before", "forty years ago": how far off an event is, not a figure of it
		if (/^\s*(?:before|after|ago|later|earlier|sooner)\b/i.test(sentence.slice(end))) continue;
		const lead = sentence.slice(0, start);
		const approximate = HEDGE.test(lead) || undefined;
		const limit = BOUND.exec(lead)?.[0];
		const bound = limit && (/more|over|least/i.test(limit) ? 'lower' : 'upper');
		out.push({
			value,
			...(max !== undefined && { max }),
			unit,
			...(approximate && { approximate }),
			...(bound && { bound }),
			text: sentence.slice(start, end).replace(/[\s,;:.]+$/, ''),
			index: start
		});
	}
	return out;
}
