/**
 * Candidate facts for an imported source: each sentence that carries a date, a figure, or a
 * person or organisation of the topic becomes a suggestion, its quote the sentence itself (cut
 * from the stored body by offsets) and its typed fields filled in from what was found. Nothing
 * here stores anything: the author accepts (into the fact form), edits or rejects.
 */
import type { Entity } from '$lib/content/schema';
import { factIdFor } from '../facts/fact-id';
import { findDates, type FoundDate } from './dates';
import { findFigures, type FoundFigure } from './figures';
import { findPeople } from './people';
import { splitSentences } from './sentences';
import { statementFrom } from './statement';

export interface Suggestion {
	/** A proposed fact id, unique within the topic and among these suggestions. */
	id: string;
	/** Offsets of the quote in the stored body (end exclusive). */
	start: number;
	end: number;
	quote: string;
	statement: string;
	date?: { value: string; precision: FoundDate['precision'] };
	number?: Omit<FoundFigure, 'text' | 'index'>;
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
	/** Sentences the author rejected earlier (their text), left out. */
	rejected?: ReadonlySet<string>;
}

const MIN_WORDS = 6;

/** The suggestions for one source body, in text order. Pure: same input, same output. */
export function suggestFacts(input: SuggestInput): Suggestion[] {
	const taken = new Set(input.taken);
	const out: Suggestion[] = [];
	for (const s of splitSentences(input.body)) {
		if (s.text.split(/\s+/).length < MIN_WORDS) continue; // headlines, page furniture
		if (input.rejected?.has(s.text)) continue;
		const dates = findDates(s.text, input.published);
		const figures = findFigures(s.text, dates);
		const people = findPeople(s.text, input.entities);
		// a sentence that only names someone is rarely a fact; one that gives a role is
		const roles = people.entities.filter((p) => p.role);
		if (!dates.length && !figures.length && !roles.length) continue;
		const statement = statementFrom(s.text);
		const id = factIdFor(statement, taken);
		taken.add(id);
		const d = dates[0];
		const f = figures[0];
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
				...figures.map((x) => `figure “${x.text}”`),
				...people.entities.map((x) => `entity ${x.entity}${x.role ? ` (${x.role})` : ''}`)
			]
		});
	}
	return out;
}
