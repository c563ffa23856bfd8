/**
 * People and organisations in a sentence: the topic's entities found by their names and
 * aliases, and names compromise reads as a person or organisation that no entity has yet (the
 * author may create one).
 */
import nlp from 'compromise';
import type { Entity } from '$lib/content/schema';
import { normalize } from '../../content/normalize';

export interface FoundPeople {
	/** The topic's entities the sentence names, in order of first mention, with the role an
	 * apposition gives ("Jorge Rodríguez, the president of the National Assembly,"). */
	entities: { entity: string; role?: string }[];
	/** Names of people or organisations no entity matches. */
	unknown: string[];
}

// ", the president of the Venezuelan National Assembly," up to the next comma, clause or "and a"
const APPOSITION = /^, (?:the|a|an) ((?:(?! and a )[^,;:"])+?)(?:,| and a |;|\.$)/;

const MAX_ROLE_WORDS = 10;

/**
 * A role is a noun phrase ("president of the National Assembly"): one with a verb is a clause
 * ("the opposition could be further weakened"), one with "and other" a list of parties.
 */
function isRole(phrase: string): boolean {
	return !/\band other\b/i.test(phrase) && !nlp(phrase).has('#Verb');
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every spelling of an entity: its name and aliases, folded as quotes are (normalize.ts). */
function spellings(e: Pick<Entity, 'name' | 'aliases'>): string[] {
	return [e.name, ...e.aliases.map((a) => a.text)].map(normalize);
}

/** Find the entities of `entities` named in `sentence`, and names no entity has. */
export function findPeople(
	sentence: string,
	entities: Pick<Entity, 'id' | 'name' | 'aliases' | 'kind'>[]
): FoundPeople {
	const text = normalize(sentence);
	const hits: { id: string; at: number; role?: string }[] = [];
	const known: string[] = [];
	for (const e of entities) {
		if (e.kind === 'place' || e.kind === 'country') continue;
		let at = -1;
		let role: string | undefined;
		for (const s of spellings(e)) {
			const m = new RegExp(`(?<![\\p{L}])${escape(s)}(?![\\p{L}])`, 'u').exec(text);
			if (!m) continue;
			known.push(s);
			if (at < 0 || m.index < at) at = m.index;
			// an apposition after an organisation describes it ("the opposition, a slow-moving
			// process"); only a person's gives the role the fact's `people` field holds
			if (e.kind !== 'person') continue;
			const r = APPOSITION.exec(text.slice(m.index + s.length))?.[1];
			if (r && r.split(' ').length <= MAX_ROLE_WORDS && isRole(r)) role ??= r;
		}
		if (at >= 0) hits.push({ id: e.id, at, ...(role && { role }) });
	}
	const doc = nlp(sentence);
	const names = [...doc.people().out('array'), ...doc.organizations().out('array')] as string[];
	const unknown = names
		.map((n) =>
			n
				.replace(/[’']s$/, '')
				.replace(/[^\p{L}\p{N}]+$/u, '')
				.trim()
		)
		.filter(
			(n) =>
				n.length > 2 &&
				// a name is capitalised: compromise also reads "government" or "victor" as one
				/^\p{Lu}/u.test(n) &&
				!known.some((k) => k.includes(normalize(n)) || normalize(n).includes(k))
		);
	return {
		entities: hits
			.sort((a, b) => a.at - b.at)
			.map((h) => ({ entity: h.id, ...(h.role && { role: h.role }) })),
		unknown: [...new Set(unknown)]
	};
}

/** findPeople on a statement, also with its first letter in lower case: a name spelled "the
 * opposition" is still found when the statement starts "The opposition". */
export function peopleOf(
	statement: string,
	entities: Parameters<typeof findPeople>[1]
): FoundPeople {
	const found = findPeople(statement, entities);
	const lower = findPeople(statement[0]!.toLowerCase() + statement.slice(1), entities);
	const extra = lower.entities.filter((p) => !found.entities.some((f) => f.entity === p.entity));
	return { entities: [...extra, ...found.entities], unknown: found.unknown };
}
