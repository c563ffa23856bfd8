/**
 * Quote matching tolerates only what copy-paste and typesetting change (PRODUCT.md §2):
 * runs of whitespace, and curly vs straight quotes, apostrophes and dashes.
 * Everything else — letters, case, punctuation — must match exactly.
 */
import { memoize } from './memo';

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const SPACE = /\s/;

function foldChar(ch: string): string {
	if (SINGLE_QUOTES.test(ch)) return "'";
	if (DOUBLE_QUOTES.test(ch)) return '"';
	if (DASHES.test(ch)) return '-';
	return ch;
}

export interface NormalizedText {
	text: string;
	/** For each index in `text`, the index in the original string it came from. */
	origin: Int32Array;
}

/** Normalise and keep a map back to original offsets, so a match can be shown in the file. */
export function normalizeWithMap(input: string): NormalizedText {
	// Code units into a typed array, then one string: a source is thousands of characters, and
	// an array of one-character strings joined at the end was most of this function's cost.
	const out = new Uint16Array(input.length);
	const origin = new Int32Array(input.length + 1);
	let n = 0;
	let pendingSpace = -1;
	for (let i = 0; i < input.length; i++) {
		const c = input.charCodeAt(i);
		// ASCII without a regular expression: this runs on every character of every source.
		if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(input[i]!)) {
			if (pendingSpace < 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0 && n > 0) {
			out[n] = 32;
			origin[n++] = pendingSpace;
		}
		pendingSpace = -1;
		out[n] = c < 128 ? (c === 0x60 ? 39 : c) : foldChar(input[i]!).charCodeAt(0);
		origin[n++] = i;
	}
	origin[n] = input.length;
	return { text: fromCodes(out, n), origin: origin.subarray(0, n + 1) };
}

/** The first `n` code units of `codes` as a string (in chunks: `apply` takes so many arguments). */
function fromCodes(codes: Uint16Array, n: number): string {
	let text = '';
	for (let i = 0; i < n; i += 8192)
		text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as never);
	return text;
}

const SINGLE_QUOTES_G = new RegExp(SINGLE_QUOTES.source, 'g');
const DOUBLE_QUOTES_G = new RegExp(DOUBLE_QUOTES.source, 'g');
const DASHES_G = new RegExp(DASHES.source, 'g');

const FOLDS =
	/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212]/;

/**
 * Whether `normalize` would change `input`: a character it folds, or whitespace that is a run,
 * not a plain space, or at either end. One pass over the character codes: every text of every
 * question goes through here, and two regular expressions over each cost more than the rest.
 */
function changedByNormalize(input: string): boolean {
	const last = input.length - 1;
	for (let i = 0; i <= last; i++) {
		const c = input.charCodeAt(i);
		if (c < 128) {
			if (c === 32) {
				if (i === 0 || i === last || isSpace(input.charCodeAt(i + 1))) return true;
			} else if ((c >= 9 && c <= 13) || c === 0x60) return true;
		} else if (SPACE.test(input[i]!) || FOLDS.test(input[i]!)) return true;
	}
	return false;
}

const isSpace = (c: number) =>
	c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c));

/** `normalize` without its cache: for callers that keep their own result of it. */
export function normalizeOnce(input: string): string {
	if (!changedByNormalize(input)) return input;
	return input
		.replace(SINGLE_QUOTES_G, "'")
		.replace(DOUBLE_QUOTES_G, '"')
		.replace(DASHES_G, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Same result as `normalizeWithMap(input).text`, without the map (the hot path). */
export const normalize = memoize(normalizeOnce);

/** `normalize`, lower-cased: how the checks compare option texts and quotes. */
export const folded = memoize((input: string): string => normalizeOnce(input).toLowerCase());

/**
 * `folded` without its cache, for callers that keep their own result of it (the word lists of
 * tokens.ts): a text's words are cached, so caching its folded text too only kept a second
 * copy of every stem and explanation alive for the garbage collector to copy.
 */
export const foldOnce = (input: string): string => normalizeOnce(input).toLowerCase();
