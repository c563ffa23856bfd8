/**
 * A first draft of a suggested fact's statement from its sentence: the claim without what only
 * ties the sentence to the one before it ("Yet", "However,") or to the page (a dateline such as
 * "Bogota (CNN)"). The quote keeps the sentence whole; the author edits the statement anyway,
 * but starts from a claim that stands on its own more often.
 */

const DATELINE = /^[A-Z][\p{L} .'-]{1,40}\s\((?:CNN|AP|AFP|Reuters|BBC|EFE)\)\s*[—–-]?\s*/u;
const CONNECTIVE =
	/^(?:yet|however|but|and|also|furthermore|moreover|meanwhile|still|instead|indeed|in addition|even so|at the same time)\b,?\s+/i;

/**
 * @param sentence one sentence of a source, as stored
 * @returns the sentence without a leading dateline or connective, its first letter capitalised;
 *   the sentence itself when nothing is left out
 */
export function statementFrom(sentence: string): string {
	let s = sentence.replace(DATELINE, '');
	for (let m = CONNECTIVE.exec(s); m; m = CONNECTIVE.exec(s)) s = s.slice(m[0].length);
	return s ? s[0]!.toUpperCase() + s.slice(1) : sentence;
}
