/**
 * Fact ids made from the statement: a lowercase slug of its first words, unique within the
 * topic (a numeric suffix when taken). Ids follow IdSchema: [a-z0-9] words joined by hyphens.
 */
import { idWords } from '../../../studio/id-words';

export { idWords };

const MAX_WORDS = 6;
const SMALL = new Set(
	'a an the of to in on at and or for by with is are was were has have had that'.split(' ')
);

/** Slug of `statement`: up to six significant words, accents stripped, e.g. "us-offers-maduro-amnesty". */
export function slugOf(statement: string): string {
	const words = idWords(statement).filter((w) => !SMALL.has(w));
	return words.slice(0, MAX_WORDS).join('-') || 'fact';
}

/** A fact id for `statement` that is not in `taken` (the topic's fact ids). */
export function factIdFor(statement: string, taken: ReadonlySet<string>): string {
	const base = slugOf(statement);
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
