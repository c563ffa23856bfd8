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

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `i` (a code unit `c` of 128 or more) is a letter or a digit. */
function isWordCode(s: string, i: number, c: number): boolean {
	if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2));
	if (c >= 0xdc00 && c <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i - 1, i + 1));
	return LETTER_OR_DIGIT.test(s[i]!);
}

/** Whether the code unit at `i` is part of a word (a letter or digit); false off either end. */
function inWordAt(s: string, i: number): boolean {
	if (i < 0 || i >= s.length) return false;
	const c = s.charCodeAt(i);
	return c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isWordCode(s, i, c);
}

/**
 * Whether `word` (one of `tokens`' words) is one of the words of `lower` (a lower-cased text):
 * the same answer as `tokens(lower).includes(word)`, without splitting the text.
 */
export function hasWord(lower: string, word: string): boolean {
	if (word.length === 0) return false;
	for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
		if (!inWordAt(lower, i - 1) && !inWordAt(lower, i + word.length)) return true;
	}
	return false;
}

/**
 * Where the words of a lower-cased text lie (`start[i]` to `end[i]`), the same words as `tokens`
 * gives, without making a string of each: a search that turns most words away by their length
 * and letters (check-cues.ts) then slices only the few it looks up. One instance is reused from
 * text to text; `of` overwrites what the last text left.
 */
export class WordSpans {
	start = new Int32Array(256);
	end = new Int32Array(256);
	count = 0;
	text = '';

	of(lower: string): this {
		this.text = lower;
		this.count = 0;
		let from = -1;
		for (let i = 0; i <= lower.length; i++) {
			const inWord = i < lower.length && inWordAt(lower, i);
			if (inWord) {
				if (from < 0) from = i;
			} else if (from >= 0) {
				this.push(from, i);
				from = -1;
			}
		}
		return this;
	}

	private push(from: number, to: number) {
		if (this.count === this.start.length) {
			const start = new Int32Array(this.count * 2);
			const end = new Int32Array(this.count * 2);
			start.set(this.start);
			end.set(this.end);
			[this.start, this.end] = [start, end];
		}
		this.start[this.count] = from;
		this.end[this.count++] = to;
	}

	/** Word `i` as a string. */
	word(i: number): string {
		return this.text.slice(this.start[i], this.end[i]);
	}

	/** Whether word `i` is `w`. */
	is(i: number, w: string): boolean {
		const from = this.start[i]!;
		return this.end[i]! - from === w.length && this.text.startsWith(w, from);
	}
}

/** The spans `nonEmptyWords` reads (the checks run synchronously, one text at a time). */
const scratch = new WordSpans();

/**
 * The non-empty words of a lower-cased text, as `splitWords` finds them, from one pass over its
 * code units (a split and a filter made two arrays for every stem and explanation).
 */
function nonEmptyWords(lower: string): string[] {
	const spans = scratch.of(lower);
	const out: string[] = [];
	for (let i = 0; i < spans.count; i++) out.push(spans.word(i));
	return out;
}

// Not normalised first (see `normalize`): every character normalising folds or squeezes (curly
// quotes, dashes, runs of spaces) is neither a letter nor a digit, so it splits words either way,
// and skipping it spared a pass over every stem and explanation.
const tokensOf = memoize((s: string): readonly string[] => nonEmptyWords(s.toLowerCase()));

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

/** Whether a word (one of `tokens`') is a content word: 3+ letters or any number, not a frame word. */
export const isContentWord = (t: string) => (t.length >= 3 || /\d/.test(t)) && !FRAME.has(t);

/** The content words among a text's `sharedTokens`, for a caller that has them already. */
export function contentOf(tokens: readonly string[]): Set<string> {
	const out = new Set<string>();
	for (const t of tokens) if (isContentWord(t)) out.add(t);
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
