/**
 * What every exporter starts from: the chosen questions with everything the product promises
 * about them resolved from the catalog (the key, each option's feedback and distractor label,
 * the explanation, the hint, and the verbatim quotes with their sources' names), so each format
 * module only decides how much of it its format can carry.
 */
import type { Catalog, CatalogQuestion } from '../content/catalog';
import { quoted } from '../../text';
import { evidenceLinks } from '../quiz/grade';

/** A verbatim quote and the short name of the stored source it comes from. */
export interface ExportQuote {
	quote: string;
	source: string;
	sourceName: string;
}

export interface ExportOption {
	text: string;
	correct: boolean;
	feedback: string;
	/** The distractor label (`why_wrong`): null for the key. */
	label: 'contradicted' | 'not-stated' | null;
	/** For a `contradicted` distractor: the quotes of the fact that rules it out. */
	quotes: ExportQuote[];
}

export interface ExportQuestion {
	id: string;
	bank: string;
	stem: string;
	options: ExportOption[];
	/** Index into `options` of the key (exactly one, as the validator guarantees). */
	keyIndex: number;
	explanation: string;
	hint: string | null;
	/** The quotes of the facts that support the key. */
	quotes: ExportQuote[];
}

/** The topic an export comes from (topic.yaml's title and language). */
export interface ExportTopic {
	id: string;
	title: string;
	language: string;
}

/** One export's input: the topic, a title for the set (bank title or "chosen questions") and the questions. */
export interface ExportSet {
	topic: ExportTopic;
	title: string;
	questions: ExportQuestion[];
}

function quotesOf(catalog: Catalog, factIds: string[]): ExportQuote[] {
	return evidenceLinks(catalog, factIds).map((l) => ({
		quote: l.quote,
		source: l.source,
		sourceName: l.sourceName
	}));
}

/** A catalog question as exporters see it. */
export function exportQuestion(catalog: Catalog, q: CatalogQuestion): ExportQuestion {
	return {
		id: q.id,
		bank: q.bank,
		stem: q.stem,
		options: q.options.map((o) => ({
			text: o.text,
			correct: !!o.correct,
			feedback: o.feedback,
			label: o.why_wrong ?? null,
			quotes: o.fact ? quotesOf(catalog, [o.fact]) : []
		})),
		keyIndex: q.options.findIndex((o) => o.correct),
		explanation: q.explanation,
		hint: q.hint ?? null,
		quotes: quotesOf(catalog, q.supports)
	};
}

/** Letters for options in order: A, B, C, … */
export const letter = (i: number) => String.fromCharCode(65 + i);

/** `“quote” (Source name)` lines, the form every text export uses for a quote (marks as in `quoted`). */
export function citeLines(quotes: ExportQuote[]): string[] {
	return quotes.map((q) => `${quoted(q.quote)} (${q.sourceName})`);
}

/** The general feedback text formats without room for more: explanation, then the key's quotes. */
export function generalFeedback(q: ExportQuestion): string {
	return [q.explanation, ...citeLines(q.quotes)].join('\n');
}

/** An option's feedback with the quote that rules a `contradicted` distractor out. */
export function optionFeedback(o: ExportOption): string {
	return [o.feedback, ...citeLines(o.quotes)].join('\n');
}
