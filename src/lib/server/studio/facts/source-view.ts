/**
 * What the studio's reader view of a source shows: the stored body as paragraphs with their
 * offsets (a text selection is turned back into offsets in the body), the sentence list for
 * keyboard and no-script selection, the suggestions not yet rejected, and the form's choices.
 */
import { evidenceOf, type Catalog } from '../../content/catalog';
import { hashBody } from '../../content/read-files';
import { splitSentences } from '../suggest/sentences';
import { suggestFacts, type Suggestion } from '../suggest/suggest';
import { topicTags } from './tags';

export interface SourceView {
	id: string;
	name: string;
	published: string;
	/** sha256 of the body the offsets refer to; posted back with a selection. */
	hash: string;
	/** One per non-empty line of the body, with the offset of its first character. */
	paragraphs: { start: number; text: string }[];
	sentences: { start: number; end: number; text: string }[];
	suggestions: Suggestion[];
	entities: { id: string; name: string; group: string }[];
	groups: string[];
	/** `versions`: a contested fact's versions, in stored order (a quote may go to one of them). */
	facts: {
		id: string;
		statement: string;
		contested: boolean;
		versions: { label: string; says: string }[];
	}[];
	/** The facts that quote this source, with their quotes from it, in text order. */
	made: { id: string; statement: string; quotes: string[] }[];
	factFiles: string[];
	/** Tags labelled in topic.yaml, offered as checkboxes. */
	tags: { id: string; label: string }[];
}

/** The view of source `id` in `catalog`, or null when the topic has no such source. */
export function sourceView(
	catalog: Catalog,
	files: Record<string, string>,
	id: string,
	rejected: ReadonlySet<string>
): SourceView | null {
	const source = catalog.sourceById.get(id);
	if (!source) return null;
	const body = source.text;
	const quotesOf = (f: Catalog['facts'][number]) =>
		evidenceOf(f)
			.filter((e) => e.source === id)
			.map((e) => e.quote);
	const made = catalog.facts
		.map((f) => ({ id: f.id, statement: f.statement, quotes: quotesOf(f) }))
		.filter((f) => f.quotes.length > 0)
		.sort((a, b) => body.indexOf(a.quotes[0]!) - body.indexOf(b.quotes[0]!));
	const quoted = made.flatMap((f) => f.quotes);
	const paragraphs: SourceView['paragraphs'] = [];
	let at = 0;
	for (const line of body.split('\n')) {
		if (line.trim()) paragraphs.push({ start: at, text: line });
		at += line.length + 1;
	}
	return {
		id,
		name: source.name ?? source.title ?? id,
		published: source.published.date,
		hash: hashBody(body),
		paragraphs,
		sentences: splitSentences(body),
		suggestions: suggestFacts({
			body,
			published: source.published.date,
			origin: source.origin.kind,
			entities: catalog.entities,
			taken: new Set(catalog.facts.map((f) => f.id)),
			rejected
			// a sentence a fact already quotes whole is not offered again (part of it may carry another)
		}).filter((x) => !quoted.some((q) => q.includes(x.quote))),
		entities: catalog.entities
			.map((e) => ({ id: e.id, name: e.name, group: e.group }))
			.sort((a, b) => a.name.localeCompare(b.name)),
		groups: [...new Set(catalog.entities.map((e) => e.group))].sort(),
		facts: catalog.facts.map((f) => ({
			id: f.id,
			statement: f.statement,
			contested: !!f.contested,
			versions: (f.contested?.versions ?? []).map((v) => ({ label: v.label, says: v.says }))
		})),
		made,
		factFiles: Object.keys(files)
			.filter((f) => /^facts\/[^/]+\.ya?ml$/.test(f))
			.map((f) => f.slice(6).replace(/\.ya?ml$/, ''))
			.sort(),
		tags: Object.entries(topicTags(files))
			.map(([id, label]) => ({ id, label }))
			.sort((a, b) => a.label.localeCompare(b.label))
	};
}
