/**
 * A translated copy (origin kind `translation` or `machine-translation`) keeps the original
 * language's turns in sentences that read almost well: "remains as “sought”" (buscado: wanted),
 * "is accused since 2020 for", ", points Blanco." (señala Blanco), "The Biden White House of
 * current US President Joe Biden". A statement drafted from one repeats them, so such a copy
 * offers only sentences with none of these marks; the author can still quote any sentence.
 */
import type { z } from 'zod';
import type { OriginSchema } from '$lib/content/schema';

export type OriginKind = z.infer<typeof OriginSchema>['kind'];

/** Over this many words, a translated sentence mostly strings several claims together. */
const LONG = 40;

// a word in quotes: the translation kept the original's quoted word, often in its sense there
const QUOTED_WORD = /[“"‘][^”"’\s]+(?:\s[^”"’\s]+)?[”"’]/;
// ", points Blanco.": the speech verb before its speaker, the Spanish order
const INVERTED_SPEAKER =
	/,\s+(?:points|says|said|adds|added|explains|notes|states|indicates|warns|recalls)\s+\p{Lu}[\p{L}-]*\.$/u;
// "is accused since 2020", "remains … since January": a present tense with "since" (desde)
const PRESENT_SINCE = /\b(?:is|are|remains|remain)\b[^.,;]*\bsince\b/i;

/** Whether a capitalised word (not "The", "US") comes twice within eight words: "The Biden
 * White House of current US President Joe Biden". */
function repeatsName(sentence: string): boolean {
	const words = sentence.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, ''));
	return words.some(
		(w, i) =>
			/^\p{Lu}\p{Ll}{2,}$/u.test(w) && !/^The$/.test(w) && words.slice(i + 1, i + 9).includes(w)
	);
}

/** Whether copies of this origin are read strictly (see above). */
export function isTranslated(kind: OriginKind | undefined): boolean {
	return kind === 'translation' || kind === 'machine-translation';
}

/**
 * @param sentence one sentence of a translated copy
 * @returns true when it shows none of the marks above, so a statement may be drafted from it
 */
export function readsAsEnglish(sentence: string): boolean {
	if (sentence.split(/\s+/).length > LONG) return false;
	if ([QUOTED_WORD, INVERTED_SPEAKER, PRESENT_SINCE].some((r) => r.test(sentence))) return false;
	return !repeatsName(sentence);
}
