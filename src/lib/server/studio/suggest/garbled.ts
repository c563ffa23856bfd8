/**
 * Sentences whose wording is broken, as machine-translated and machine-spun copies of an
 * article have them. A statement drafted from such a sentence repeats the broken wording, so it
 * is not offered; the author can still quote the sentence by selecting it. The quote of a fact
 * must be the source's own words, so nothing here repairs the text.
 */
import nlp from 'compromise';

// "allowed , to resume", "They deny it ; Two": a space before a comma or semicolon is left where
// a machine translation moved a phrase and the punctuation stayed
const SPACE_BEFORE_PUNCTUATION = /\s[,;:](?=\s|$)/;

// a capitalised word right after a lower-case one, with no punctuation between: a sentence
// start a translation fused into another ("is increasing Detained in", "in May Including a")
const FUSED = /(?<=\p{L}[\p{L}’']*\s+)\p{Lu}\p{Ll}{2,}\b/gu;

// the wording an article spinner leaves when it swaps words for "synonyms" word by word
// ("this 12 months" for this year, "not less than" for at least, "a brand new" for a new)
const SPUN =
	/\b(?:this \d+ months|not less than|a brand new|whereas|twin citizen|an try|excessive profile|the primary since|as a substitute|in change for|up to now nothing|sort of wholesome|rustic used to|one supply)\b/i;

// "…the fact that officials are meeting suggests.": a verb that needs its object ends the
// sentence, the rest lost in translation
const CUT_OFF = /\b(?:suggests|shows|means|indicates|reveals|implies)\.$/;

/** Whether the lower-case form of `word` is a verb form, a determiner or a number word: a
 * word that is capitalised mid-sentence only by a broken join, never as part of a name. */
function isCommonWord(word: string): boolean {
	const tags = (nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]
		?.tags;
	if (!tags || tags.includes('ProperNoun') || tags.includes('Adjective')) return false;
	return ['PastTense', 'Gerund', 'Determiner', 'Value'].some((t) => tags.includes(t));
}

/**
 * @param sentence one sentence of a source
 * @returns true when its wording shows the breaks of a machine translation or an article
 *   spinner (see the patterns above); false for ordinary prose, names included
 */
export function isGarbled(sentence: string): boolean {
	if ([SPACE_BEFORE_PUNCTUATION, SPUN, CUT_OFF].some((r) => r.test(sentence))) return true;
	for (const m of sentence.matchAll(FUSED)) if (isCommonWord(m[0])) return true;
	return false;
}
