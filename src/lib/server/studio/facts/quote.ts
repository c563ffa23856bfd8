/**
 * The quote of a fact made by selection, cut by the server from the stored source body. The
 * browser sends offsets in the body and the body's hash, never the quote text, so no typo (and
 * no forged text) can enter a quote: what is written is the body's own characters.
 */
import { m } from '../../../paraglide/messages.js';
import { hashBody } from '../../content/read-files';
import { splitSentences } from '../suggest/sentences';

/** A selection the server refuses; the message says what to do (shown with a 4xx). */
export class SelectionError extends Error {}

export interface Cut {
	/** Offsets in the body, end exclusive, trimmed of surrounding whitespace. */
	start: number;
	end: number;
	quote: string;
}

/**
 * The quote at `start`..`end` (UTF-16 offsets, end exclusive) of `body`, trimmed of the
 * whitespace at its edges.
 *
 * A quote stays inside one paragraph (line) of the body: the reader view marks a quote within its
 * paragraph, and a claim that needs two paragraphs is better served by two quotes.
 * @param hash the body hash ("sha256-…", as in the source's front matter) the page was made from
 * @throws SelectionError when the hash is stale (the source changed since the page was opened),
 *   the offsets are not whole numbers inside the body, the passage is empty or crosses a line
 */
export function cutQuote(body: string, hash: string, start: number, end: number): Cut {
	if (hash !== hashBody(body)) {
		throw new SelectionError(m.quote_source_changed());
	}
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length) {
		throw new SelectionError(m.quote_outside());
	}
	while (start < end && /\s/.test(body[start]!)) start++;
	while (end > start && /\s/.test(body[end - 1]!)) end--;
	if (end <= start) throw new SelectionError(m.quote_empty());
	const quote = body.slice(start, end);
	if (quote.includes('\n')) {
		throw new SelectionError(m.quote_one_paragraph());
	}
	return { start, end, quote };
}

/**
 * The offsets of a run of sentences chosen from the sentence list (the keyboard and no-script
 * way to select): `chosen` are sentence indexes in `splitSentences(body)` order.
 * @throws SelectionError when none is chosen, an index is unknown, or the sentences are not one
 *   unbroken run in one paragraph
 */
export function sentenceRun(body: string, chosen: number[]): { start: number; end: number } {
	const sentences = splitSentences(body);
	const sorted = [...new Set(chosen)].sort((a, b) => a - b);
	if (sorted.length === 0) throw new SelectionError(m.quote_tick_one());
	if (sorted.some((i) => !Number.isInteger(i) || !sentences[i])) {
		throw new SelectionError(m.quote_sentence_unknown());
	}
	if (sorted.some((i, k) => k > 0 && i !== sorted[k - 1]! + 1)) {
		throw new SelectionError(m.quote_not_a_run());
	}
	return { start: sentences[sorted[0]!]!.start, end: sentences[sorted.at(-1)!]!.end };
}
