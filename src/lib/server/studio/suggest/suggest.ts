/**
 * Candidate facts for an imported source: each sentence that carries a date, a figure, or a
 * person or organisation of the topic becomes a suggestion, its quote the sentence itself (cut
 * from the stored body by offsets) and its typed fields filled in from what was found. Only
 * sentences whose statement can stand on its own are offered: not quotations, fragments or
 * garbled wording (garbled.ts; in a translated copy, any trace of the original's turns:
 * translated.ts), nor sentences that lean on an earlier one in a way the earlier text does not
 * settle (reference.ts, dangling.ts); the statement may name what "He", "the panel" or "the
 * award" stands for, write "last month" or "July 28" with its year (relative.ts) and say when
 * a "now" was (as-of.ts); the quote never changes. The date is the claim's own (main-date.ts).
 * Nothing here stores anything: the author accepts (into the fact form), edits or rejects.
 */
import nlp from 'compromise';
import type { Entity } from '$lib/content/schema';
import { factIdFor } from '../facts/fact-id';
import { findDates, type FoundDate } from './dates';
import { findFigures, type FoundFigure } from './figures';
import { isGarbled, isGarbledCopy } from './garbled';
import { mainDate, SUBORDINATE } from './main-date';
import { peopleOf } from './people';
import { resolveSubject } from './reference';
import { anchorRelativeDates } from './relative';
import { anchorNow } from './as-of';
import { settleReferences } from './dangling';
import { splitSentences } from './sentences';
import { SEQUEL, statementFrom } from './statement';
import { isTranslated, readsAsEnglish, type OriginKind } from './translated';

export interface Suggestion {
	/** A proposed fact id, unique within the topic and among these suggestions. */
	id: string;
	/** Offsets of the quote in the stored body (end exclusive). */
	start: number;
	end: number;
	quote: string;
	statement: string;
	date?: { value: string; precision: FoundDate['precision'] };
	number?: Omit<FoundFigure, 'text' | 'index' | 'bound'>;
	/** Entities named in the sentence, with a role when the text gives one. */
	people: { entity: string; role?: string }[];
	/** Names of people or organisations the topic has no entity for. */
	unknown: string[];
	/** What the sentence carries, e.g. "date 2024-07-28", for the author. */
	found: string[];
}

export interface SuggestInput {
	body: string;
	/** The source's published date: YYYY, YYYY-MM or YYYY-MM-DD. */
	published?: string;
	entities: Pick<Entity, 'id' | 'name' | 'aliases' | 'kind'>[];
	/** Fact ids the topic already has. */
	taken: ReadonlySet<string>;
	/** The source's origin kind: a translated copy offers only sentences that read as English. */
	origin?: OriginKind;
	/** Sentences the author rejected earlier (their text), left out. */
	rejected?: ReadonlySet<string>;
}

const MIN_WORDS = 6;

/** Whether `text` has a finite verb outside its subordinate clauses ("With Maduro, whom the
 * State Department maintains as sought…" has none: a fragment). */
function hasMainVerb(text: string): boolean {
	return nlp(text.replace(SUBORDINATE, ' ')).match('#Verb').not('#Gerund').found;
}

/**
 * Whether a sentence reads as a claim of the source's own: it ends as a sentence does (a
 * headline does not), and it is not a quotation, an aside in brackets or a question.
 */
function readsAsClaim(text: string): boolean {
	return (
		hasMainVerb(text) &&
		/[.!]["”’)]?$/.test(text) &&
		!/^[“"‘(]/.test(text) &&
		// a fragment a translation left without its subject ("Met in Caracas in May…")
		!/^\p{Lu}\p{Ll}+ed\b/u.test(text) &&
		!/[”"],?\s+(?:he|she|they|\p{Lu}[\p{L}-]*)\s+(?:says|said|added|explains|points)\b/u.test(text)
	);
}

/** The suggestions for one source body, in text order. Pure: same input, same output. */
export function suggestFacts(input: SuggestInput): Suggestion[] {
	const taken = new Set(input.taken);
	const out: Suggestion[] = [];
	const sentences = splitSentences(input.body);
	// a spun copy: even its sentences that read well are reworded, so none is a statement
	if (isGarbledCopy(sentences.map((s) => s.text))) return [];
	for (const [i, s] of sentences.entries()) {
		if (s.text.split(/\s+/).length < MIN_WORDS) continue; // headlines, page furniture
		if (input.rejected?.has(s.text)) continue;
		if (!readsAsClaim(s.text) || isGarbled(s.text)) continue;
		if (isTranslated(input.origin) && !readsAsEnglish(s.text)) continue;
		const dates = findDates(s.text, input.published);
		const own = mainDate(s.text, dates, input.published);
		// "Shortly thereafter, …" with no date of its own: the statement would lose its time
		if (SEQUEL.test(s.text) && !dates.length) continue;
		const resolved = resolveSubject(
			statementFrom(s.text),
			sentences[i - 1]?.text ?? '',
			input.body.slice(0, s.start),
			input.entities
		);
		if (resolved === null) continue; // it leans on a word the earlier text does not settle
		const settled = settleReferences(resolved, input.body.slice(0, s.start), !!own);
		if (settled === null) continue;
		const dated = anchorRelativeDates(settled, input.published);
		// "have now been phased out": "As of January 2023, …", dated so, when nothing else dates it
		const now = own ? null : anchorNow(dated, input.published);
		const statement = now?.statement ?? dated;
		const figures = findFigures(s.text, dates);
		// from the statement: a byline's outlet is not in the claim, a resolved "He" is
		const people = peopleOf(statement, input.entities);
		// a sentence that only names someone is rarely a fact; one that gives a role is
		const roles = people.entities.filter((p) => p.role);
		const d = own ?? now?.date;
		// "As of …" dates a claim the sentence already offered for a date, a figure or a role; it
		// makes no other sentence a fact ("the message is a hopeful one")
		if (!own && !(now && dates.length) && !figures.length && !roles.length) continue;
		const id = factIdFor(statement, taken);
		taken.add(id);
		// a limit ("more than 250") is no value: typing it as one, or as "~250", changes the claim
		const f = figures.find((x) => !x.bound);
		out.push({
			id,
			start: s.start,
			end: s.end,
			quote: s.text,
			statement,
			...(d && { date: { value: d.value, precision: d.precision } }),
			...(f && {
				number: {
					value: f.value,
					...(f.max !== undefined && { max: f.max }),
					unit: f.unit,
					...(f.approximate && { approximate: true })
				}
			}),
			people: people.entities,
			unknown: people.unknown,
			found: [
				...dates.map((x) => `date ${x.value} (“${x.text}”)`),
				...figures.map((x) => `figure “${x.text}”${x.bound ? ' (a limit: not typed)' : ''}`),
				...people.entities.map((x) => `entity ${x.entity}${x.role ? ` (${x.role})` : ''}`)
			]
		});
	}
	return out;
}
