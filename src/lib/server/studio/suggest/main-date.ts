/**
 * Which of a sentence's dates is the date of its own claim: not one that belongs to something the
 * sentence only describes in passing ("released X, who was arrested in November 2017", "oil
 * embargoes imposed since 2017", "looked at the eruption of the volcano in January 2022"), nor
 * one the claim is only placed after or before ("rose after 2012"), nor a plan ahead of the
 * source ("when elections are held in November 2024").
 */
import nlp from 'compromise';
import type { FoundDate } from './dates';

// a clause that describes something named ("executives who were arrested in November 2017"):
// its date is that thing's, not the date of the sentence's own event
const SIDE_CLAUSE = /(?:\bwho|\bwhich|\bwhose|\bwhen|, where|, one of)\b[^,;—–]*$/i;

// a past participle after a noun or comma ("embargoes imposed on Venezuela since", "the Kigali
// Amendment, agreed at a meeting … in"), not after an auxiliary or "and" (a verb of its own)
const PARTICIPLE =
	/(?<!\b(?:has|have|had|was|were|is|are|be|been|being|and|or|not|also|already|then)\s+)\b(?:\p{Ll}+ed|held|made|built|won|taken|given|known|seen|brought|sent|written|begun)\b(?!.*\b\p{Ll}+ed\b)[^;—–]*$/u;

// an event named as a thing ("the eruption of the volcano in"), its date that event's
const EVENT =
	/\bthe\s+(?:\p{Ll}+\s+)?(?:eruption|elections?|visit|discovery|invasion|attack|signing|summit|launch|collapse)\s+of\b[^,;—–]*$/u;

// "rose after 2012", "until 2019": the claim is placed beside the date, not on it
const BESIDE = /\b(?:after|before|following|until|till)\s+(?:the\s+)?$/i;

// clauses that hang on the main one ("who heads the unit", "since the two countries severed
// ties"): a verb inside them does not make the sentence a claim
export const SUBORDINATE =
	/(?:,\s*|\s)(?:who|whom|whose|which|since|when|after|before|because|although|while)\b[^,;:—–]*/gi;

/** Whether `text` holds a finite verb outside its subordinate clauses: the sentence's own claim
 * came before ("He has demanded the lifting of embargoes imposed…"), so a participle after it
 * describes a thing ("Mario Molina, who was working at MIT…, and Rowland, showed" has none). */
function verbBefore(text: string): boolean {
	return nlp(text.replace(SUBORDINATE, ' ')).match('#Verb').not('#Gerund').not('#Infinitive').found;
}

/** Whether the date at `d` belongs to something the sentence names, not to its claim. */
function isSide(sentence: string, d: FoundDate): boolean {
	const before = sentence.slice(0, d.index);
	if (SIDE_CLAUSE.test(before) || BESIDE.test(before)) return true;
	const part = PARTICIPLE.exec(before);
	if (part && verbBefore(before.slice(0, part.index))) return true;
	const event = EVENT.exec(before);
	return !!event && verbBefore(before.slice(0, event.index));
}

/**
 * The date of the sentence's own event among `dates` (from findDates): the first one that is not
 * a side date (see above) and not later than `published` (a plan, which the source could not
 * report as done). Undefined when every date is a side date: the field would hold another
 * event's date.
 */
export function mainDate(
	sentence: string,
	dates: FoundDate[],
	published?: string
): FoundDate | undefined {
	const ahead = (d: FoundDate) => !!published && d.value.slice(0, published.length) > published;
	return dates.find((d) => !ahead(d) && !isSide(sentence, d));
}
