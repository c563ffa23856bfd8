/**
 * A first draft of a suggested fact's statement from its sentence: the claim without what only
 * ties the sentence to the one before it ("Yet", "However,") or to the page (a dateline such as
 * "Bogota (CNN)"). The quote keeps the sentence whole; the author edits the statement anyway,
 * but starts from a claim that stands on its own more often.
 */

const DATELINE = /^[A-Z][\p{L} .'-]{1,40}\s\((?:CNN|AP|AFP|Reuters|BBC|EFE)\)\s*[—–-]?\s*/u;
// the page's own "date 2022-03-11" line and an outlet's "BTN News:" byline, and a list's dash
const PAGE_LEAD =
	/^(?:date\s+\d{4}-\d\d-\d\d\s+|[A-Z][\p{L}]*(?:\s[A-Z][\p{L}]*){0,3}:\s+|[-–•]\s+)/u;
const CONNECTIVE =
	/^(?:yet|however|but|and|also|furthermore|moreover|meanwhile|still|instead|indeed|in addition|even so|even|at the same time)\b,?\s+|^(?:then|later|afterwards|shortly (?:thereafter|afterwards|after)|(?:a|one|two|three|a few) (?:days?|weeks?|months?|years?) later),\s+/i;
// "…, in addition, is accused": the same tie to the sentence before, set inside the sentence
const INNER_CONNECTIVE = /,\s+(?:in addition|also|however|moreover|furthermore|too),(?=\s)/gi;

// "Shortly thereafter,", "A year later,": the time of the claim is that of the sentence before
export const SEQUEL =
	/^(?:then|later|afterwards|shortly (?:thereafter|afterwards|after)|(?:a|one|two|three|a few) (?:days?|weeks?|months?|years?) later),\s+/i;
// "The panel also looked": "also" ties the claim to an earlier one; without it, it stays true
const ALSO = /(?<=\S)(?<!\bbut)\s+also(?=\s+(?!known\b)\p{Ll})/u;
// "CNN learned that three citizens have been detained": the present perfect was the writer's
// present; after a past verb the statement needs the past perfect
const BACKSHIFT =
	/\b((?:learned|reported|found|announced|discovered|confirmed|said) that\b[^.;]*?)\b(?:have|has) been\b/;

// a list item headed by its place and year ("London, 1990: developed countries agreed…")
const HEADED = /^(\p{Lu}[\p{L} ]{1,40}), ((?:1[89]|20)\d\d): (?=\p{Ll})/u;

/**
 * @param sentence one sentence of a source, as stored
 * @returns the sentence without a leading dateline, byline, list dash or connective, a "Place,
 *   year:" heading written as "In Place in year,", without a mid-sentence "also", "learned that
 *   … have been" as "had been", its first letter capitalised;
 *   the sentence itself when nothing is left out
 */
export function statementFrom(sentence: string): string {
	let s = sentence;
	for (let m = PAGE_LEAD.exec(s); m; m = PAGE_LEAD.exec(s)) s = s.slice(m[0].length);
	s = s.replace(DATELINE, '').replace(INNER_CONNECTIVE, '');
	for (let m = CONNECTIVE.exec(s); m; m = CONNECTIVE.exec(s)) s = s.slice(m[0].length);
	s = s.replace(HEADED, 'In $1 in $2, ').replace(ALSO, '').replace(BACKSHIFT, '$1had been');
	return s ? s[0]!.toUpperCase() + s.slice(1) : sentence;
}
