/**
 * Words a teacher cannot read without the article: "the hole", "the award", "proposed an
 * answer", "The U.S. delegation" (which visit?), "The authoritarian ruler of Venezuela" (who?),
 * "died in 2020 and 2012" (who when?). Those the earlier text names are written out ("the
 * ozone hole", "the 1995 Nobel Prize in Chemistry"); with the others the sentence is no
 * statement as it stands.
 */

// "the hole" → "the ozone hole": the latest "<word> hole" before it
const SHORT_HOLE = /\bthe hole\b/;
const FULL_HOLE = /\b(?!(?:a|an|the|this|that|no)\s)(\p{Ll}+) hole\b/gu;
// "the award", "the prize" → the latest prize named before ("the 1995 Nobel Prize in Chemistry")
const SHORT_PRIZE = /\bthe (?:award|prize)\b/;
const FULL_PRIZE =
	/\b((?:(?:1[89]|20)\d\d\s+)?(?:\p{Lu}[\p{L}-]*\s+)+(?:Prize|Award)(?:\s+(?:in|for)(?:\s+\p{Lu}[\p{L}-]*)+)?)/gu;

// an answer or explanation to nothing the sentence says ("proposed an answer.")
const OBJECTLESS =
	/\b(?:an?|the)(?:\s+\p{Ll}+){0,2}\s+(?:answer|solution|explanation|response|forecast|prediction)\b(?!\s+(?:to|for|of|that)\b)/iu;
// a group or an event that existed only once, named without the date that says which
const ONE_OFF =
	/\b[Tt]he (?:\p{Lu}[\p{L}.]*\s+)?(?:delegation|visit|trip|meeting|talks|vote|voting records|polls)\b/u;
// a person by a description only ("The authoritarian ruler of Venezuela is accused…")
const DESCRIBED =
	/^The (?:\p{Ll}+\s+)*(?:ruler|leader|president|dictator|head|chief|minister|envoy) of\b/u;
// "died in 2020 and 2012": a pair of dates read "respectively", two claims in one
const PAIRED = /(?<!\bbetween\s+)\b(?:1[89]|20)\d\d and (?:1[89]|20)\d\d\b/;

/** The last match's group 1 of `re` in `text`, or null. */
function latest(re: RegExp, text: string): string | null {
	let found: string | null = null;
	for (const m of text.matchAll(re)) found = m[1]!;
	return found;
}

/**
 * @param statement a drafted statement
 * @param earlier the source's text before the statement's sentence
 * @param dated whether the sentence has a date of its own claim
 * @returns the statement with "the hole", "the award"/"the prize" named as the earlier text
 *   names them; null when it leans on something it does not name (see the patterns above)
 */
export function settleReferences(
	statement: string,
	earlier: string,
	dated: boolean
): string | null {
	if (OBJECTLESS.test(statement) || DESCRIBED.test(statement) || PAIRED.test(statement)) {
		return null;
	}
	if (!dated && ONE_OFF.test(statement)) return null;
	let out = statement;
	if (SHORT_HOLE.test(out)) {
		const word = latest(FULL_HOLE, earlier.replace(/\bthe hole\b/g, ''));
		if (!word) return null;
		out = out.replace(SHORT_HOLE, `the ${word} hole`);
	}
	if (SHORT_PRIZE.test(out)) {
		const name = latest(FULL_PRIZE, earlier);
		if (!name) return null;
		out = out.replace(SHORT_PRIZE, `the ${name}`);
	}
	return out;
}
