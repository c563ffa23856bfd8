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

// "Grenelll": a letter three times over is a typo, never English spelling
const TYPO = /(\p{Ll})\1\1/u;

/** Whether the lower-case form of `word` is a verb form, a determiner or a number word: a
 * word that is capitalised mid-sentence only by a broken join, never as part of a name. */
function isCommonWord(
	word: string,
	classes = ['PastTense', 'Gerund', 'Determiner', 'Value']
): boolean {
	const tags = (nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]
		?.tags;
	if (!tags || ['ProperNoun', 'Adjective', 'Date'].some((t) => tags.includes(t))) return false;
	return classes.some((t) => tags.includes(t));
}

/**
 * Share of a body's sentences (of six words or more) that read as garbled above which the whole
 * copy is taken for a spun or machine-translated one: its other sentences are reworded too,
 * only less visibly. 0.25: the seed's spun copy is at 0.38, its machine-translated copy, whose
 * other sentences mostly read well, at 0.13, the original articles under 0.05.
 */
export const GARBLED_COPY = 0.25;

/** Whether most of a body reads as garbled, by the share of its sentences (see GARBLED_COPY). */
export function isGarbledCopy(sentences: string[]): boolean {
	const long = sentences.filter((s) => s.split(/\s+/).length >= 6);
	return long.length > 0 && long.filter(isGarbled).length / long.length > GARBLED_COPY;
}

/**
 * @param sentence one sentence of a source
 * @returns true when its wording shows the breaks of a machine translation or an article
 *   spinner (see the patterns above); false for ordinary prose, names included
 */
export function isGarbled(sentence: string): boolean {
	if ([SPACE_BEFORE_PUNCTUATION, SPUN, CUT_OFF, TYPO].some((r) => r.test(sentence))) return true;
	for (const m of sentence.matchAll(FUSED)) {
		// "cited by The Wall Street Journal": an article that opens a name
		const rest = sentence.slice(m.index + m[0].length);
		const name = /^(?:The|A|An)$/.test(m[0]) && /^\s+\p{Lu}/u.test(rest);
		// after a capitalised word it may be a surname ("Antony Blinken"): only "-ing" is fused
		const afterName = /\p{Lu}[\p{L}’']*\s+$/u.test(sentence.slice(0, m.index));
		if (!name && isCommonWord(m[0], afterName ? ['Gerund'] : undefined)) return true;
	}
	return false;
}
