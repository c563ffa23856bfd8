/**
 * Words of a text as the similarity and cue checks compare them: lower-cased, split on anything
 * that is not a letter or digit (so the same as after `normalize`).
 */
import { memoize } from '../memo';

/** No character outside ASCII (a code point above U+007F). */
const ASCII = /^[^\u0080-\uffff]*$/;

/** Words of a lower-cased text; ASCII text (most of it) without the slower Unicode classes. */
export function splitWords(lower: string): string[] {
	return lower.split(ASCII.test(lower) ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u);
}

// Not normalised first (see `normalize`): every character normalising folds or squeezes (curly
// quotes, dashes, runs of spaces) is neither a letter nor a digit, so it splits words either way,
// and skipping it spared a pass over every stem and explanation.
const tokensOf = memoize((s: string): readonly string[] =>
	splitWords(s.toLowerCase()).filter((t) => t.length > 0)
);

/** Every word and number, in order (for matching one text's phrase inside another). */
export function tokens(s: string): string[] {
	return [...tokensOf(s)];
}

/** `tokens`, shared and read-only (the hot path). */
export const sharedTokens: (s: string) => readonly string[] = tokensOf;

/**
 * Words that say nothing about what a question is about: function words, and the frame every
 * stem shares ("according to the sources, which …").
 */
const FRAME = new Set(
	(
		'the and that with from this they their have been were which what when who whom whose into ' +
		'than then them said says for was his her its are also about did does how why where not ' +
		'according source sources article report reports reported describe described give gives ' +
		'given these those there would could should will can has had one two some any all other ' +
		'happen happened figure following best fits true correct'
	).split(' ')
);

/** The content words among a text's `sharedTokens`, for a caller that has them already. */
export function contentOf(tokens: readonly string[]): Set<string> {
	const out = new Set<string>();
	for (const t of tokens) if ((t.length >= 3 || /\d/.test(t)) && !FRAME.has(t)) out.add(t);
	return out;
}

/** `contentWords`, shared and read-only (the hot path). */
export const sharedContentWords = memoize((s: string): ReadonlySet<string> =>
	contentOf(tokensOf(s))
);

/** The distinct content words of a text: 3+ letters or any number, minus the frame words. */
export function contentWords(s: string): Set<string> {
	return new Set(sharedContentWords(s));
}
