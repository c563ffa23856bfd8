/**
 * Which of a sentence's dates is the date of its own claim: not one that belongs to something the
 * sentence only describes in passing ("released X, who was arrested in November 2017").
 */
import type { FoundDate } from './dates';

// a clause that describes something named ("executives who were arrested in November 2017"):
// its date is that thing's, not the date of the sentence's own event
const SIDE_CLAUSE = /(?:\bwho|\bwhich|\bwhose|, when|, where|, one of)\b[^,;—–]*$/i;

// a weekday dates the main event to a day the text does not give ("On Tuesday, … released X,
// who was arrested in November 2017")
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * The date of the sentence's own event among `dates` (from findDates): the first one outside a
 * clause that describes something named in the sentence. When every date is in such a clause,
 * the first of them (the sentence is likely about that thing: "…negotiations, which began in
 * 2019"), unless a weekday shows the main event has a date of its own that the text does not
 * give: then undefined, as a side date would fill the date field with another event's.
 */
export function mainDate(sentence: string, dates: FoundDate[]): FoundDate | undefined {
	const main = dates.find((d) => !SIDE_CLAUSE.test(sentence.slice(0, d.index)));
	return main ?? (WEEKDAY.test(sentence) ? undefined : dates[0]);
}
