/**
 * "have now been phased out", "the most recent forecast", "current President": words that mean
 * "at the time of writing" make a statement false once time moves on. When the sentence has no
 * date of its own, the statement says the time it was true: "As of January 2023, …", read from
 * the source's published date, and that date becomes the fact's date.
 */
import nlp from 'compromise';
import type { FoundDate } from './dates';
import { spoken } from './relative';

const NOW = /\b(?:now|currently|current|at present|presently|to date|so far|most recent|latest)\b/i;
// the words that only say "now" and go once the statement says "As of …"
const DROPPED = /,?\s+(?:now|currently|at present|presently)(?=[\s,.])/gi;

/**
 * @param statement a drafted statement
 * @param published the source's published date (YYYY, YYYY-MM or YYYY-MM-DD)
 * @returns the statement opened by "As of <month year>," (month precision at most: a day would
 *   claim more than "now" does) with "now"/"currently" left out, and that date; null when the
 *   statement has no word for "now" or there is no published date
 */
export function anchorNow(
	statement: string,
	published?: string
): { statement: string; date: Pick<FoundDate, 'value' | 'precision'> } | null {
	if (!published || !NOW.test(statement)) return null;
	const value = published.slice(0, 7);
	const date = { value, precision: value.length === 7 ? ('month' as const) : ('year' as const) };
	let rest = statement.replace(DROPPED, '');
	// "The panel" → "the panel", but not "Nicolás Maduro"
	const first = (nlp(rest).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
	if (!first.includes('ProperNoun')) rest = rest[0]!.toLowerCase() + rest.slice(1);
	return { statement: `As of ${spoken(value)}, ${rest}`, date };
}
