/**
 * A statement must stand on its own, but a sentence often leans on the one before it: "He has
 * demanded…", "The panel estimates…", "It came into force…", "…adds urgency to these
 * negotiations". When the earlier text names what the leading word refers to without doubt, the
 * statement gets that name; otherwise the sentence is no candidate for a statement as it stands.
 */
import nlp from 'compromise';
import type { Entity } from '$lib/content/schema';
import { findPeople } from './people';

type Entities = Pick<Entity, 'id' | 'name' | 'aliases' | 'kind'>[];

// a pronoun or possessive that opens the sentence: the thing it stands for is elsewhere
const LEADING_PRONOUN =
	/^(?:it|its|they|their|them|this|these|that|those|such|others|his|her|she|he|both)\b/i;
const PERSONAL = /^(?:he|she)\b/i;
// "these negotiations", "this offer" anywhere in it; "this year" and the like are dates ("that"
// is left out: it is far more often the conjunction, "claimed that their candidate")
const DEMONSTRATIVE =
	/\b(?:these|those|this|both)\s+(?!year|month|week|spring|summer|autumn|fall|winter|time|morning|afternoon|evening|century|decade)\p{Ll}+s?\b/iu;
// "the same low values", "the rules again": compared with something said before
const COMPARED = /\b(?:the same|again)\b/i;
// "two more trips", "ten extra years": counted on from something the sentence does not give
const COUNTED_ON =
	/\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+(?:more|extra|further)\b/i;
// "he", "his", "her" with no person named in the sentence: someone from an earlier one
const PERSON_WORD = /\b(?:he|she|him|his|her)\b/i;
// "On its largest day, it covered…", "In its first version it asked…": a pronoun among the
// first words is the subject or belongs to it
const EARLY_PRONOUN = /^(?:\S+\s+){0,5}?(?:it|its|they|their)\b/i;
// "In September 1987, two years after the discovery, they agreed…": the subject after the
// opening phrases
const SUBJECT_PRONOUN = /^[^,]*,(?:[^,]*,)?\s*(?:it|they|he|she)\b/i;
// "Two months before the paper appeared", "By the time the paper was written": the opening
// phrase dates the claim by a thing the sentence does not name
const ANCHORED_OPENING = /^[^,]*\b(?:before|after|by the time|when)\s+the\s+\p{Ll}+\b[^,]*,/iu;

/** The persons named in `sentence`: topic entities, else the names compromise reads. */
function personsIn(sentence: string, entities: Entities): string[] {
	const byId = new Map(entities.map((e) => [e.id, e]));
	const known = findPeople(sentence, entities)
		.entities.map((p) => byId.get(p.entity)!)
		.filter((e) => e.kind === 'person')
		.map((e) => e.name);
	if (known.length) return [...new Set(known)];
	return [...new Set(nlp(sentence).people().out('array') as string[])];
}

/**
 * The name, in `earlier`, whose last word is `noun` ("the survey" → "British Antarctic
 * Survey", "the delegation" → "U.S. delegation"): capitalised words before it, the latest
 * mention. Null when there is none.
 */
function nameEndingIn(noun: string, earlier: string): string | null {
	// no `i` flag: with it, \p{Lu} would match lower-case letters too
	const either = `[${noun[0]!.toUpperCase()}${noun[0]}]${noun.slice(1)}`;
	// "Scientific Assessment of Ozone Depletion": the name goes on through "of" and capitals
	const re = new RegExp(
		`((?:\\p{Lu}[\\p{L}.’'-]*\\s+)+)${either}\\b(?:\\s+of(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}-]*)+)?`,
		'gu'
	);
	let found: string | null = null;
	for (const m of earlier.matchAll(re)) {
		const words = m[1]!.trim();
		// a sentence's first word is capitalised for being first ("The delegation")
		if (/^(?:the|a|an)$/i.test(words)) continue;
		found = `${words.replace(/^(?:The|A|An)\s+/, '')} ${m[0].slice(m[1]!.length)}`;
	}
	return found;
}

/** The statement without its quotations: a pronoun in quoted words is the speaker's. */
function outsideQuotes(statement: string): string {
	return statement.replace(/[“"][^”"]*[”"]/g, '""');
}

/** The lower-case noun of an opening "The <noun> <verb>" ("The panel estimates"), or null. */
function leadingDescription(statement: string): { noun: string; year: string } | null {
	const terms = (nlp(statement).json() as { terms: { text: string; tags: string[] }[] }[])[0]
		?.terms;
	if (!terms || terms.length < 3 || terms[0]!.text !== 'The') return null;
	// "The 2022 edition is backed by…": an edition of something named before
	const year = /^(?:1[89]|20)\d\d$/.test(terms[1]!.text) ? terms[1]!.text : '';
	const [noun, ...rest] = terms.slice(year ? 2 : 1);
	if (!noun || !/^\p{Ll}+$/u.test(noun.text) || !noun.tags.includes('Noun')) return null;
	// "The panel also looked": an adverb may stand between the noun and its verb
	const next = rest.find((t) => !t.tags.includes('Adverb'));
	return next?.tags.includes('Verb') ? { noun: noun.text, year } : null;
}

// bodies and documents a text names in full once, then calls "the delegation", "the protocol"
const SHORTENED =
	/(?<=\s)the (delegation|panel|survey|assessment|protocol|convention|amendment|treaty|commission|committee)\b/;

/** "met with the delegation" → "met with the U.S. delegation", when the earlier text names it. */
function nameShortened(statement: string, earlier: string): string {
	const m = SHORTENED.exec(statement);
	const name = m && nameEndingIn(m[1]!, earlier);
	return name
		? `${statement.slice(0, m.index)}the ${name}${statement.slice(m.index + m[0].length)}`
		: statement;
}

/**
 * @param statement the drafted statement (statementFrom)
 * @param previous the sentence before it in the source ('' for the first)
 * @param earlier the source's text before the statement's sentence
 * @param entities the topic's entities, to tell persons by name
 * @returns the statement with its leading reference replaced by the name it stands for, the
 *   statement unchanged when it has none, or null when a reference cannot be resolved
 */
export function resolveSubject(
	statement: string,
	previous: string,
	earlier: string,
	entities: Entities
): string | null {
	if ([DEMONSTRATIVE, COUNTED_ON, COMPARED].some((r) => r.test(outsideQuotes(statement)))) {
		return null;
	}
	// "According to the panel, …": the source's own shorthand for a name given before
	const according = /^According to the (\p{Ll}+),/u.exec(statement);
	if (according) {
		const name = nameEndingIn(according[1]!, earlier);
		if (!name) return null;
		statement = `According to the ${name},${statement.slice(according[0].length)}`;
	}
	const pronoun = LEADING_PRONOUN.exec(statement)?.[0];
	if (pronoun) {
		if (!PERSONAL.test(pronoun)) return null;
		const persons = personsIn(previous, entities);
		// only one person before it: "He" can be no one else
		if (persons.length !== 1) return null;
		return persons[0] + statement.slice(pronoun.length);
	}
	const unquoted = outsideQuotes(statement);
	if ([EARLY_PRONOUN, SUBJECT_PRONOUN, ANCHORED_OPENING].some((r) => r.test(unquoted))) {
		return null;
	}
	if (PERSON_WORD.test(unquoted) && !personsIn(statement, entities).length) return null;
	const lead = leadingDescription(statement);
	if (!lead) return nameShortened(statement, earlier);
	// a description that is itself one of the topic's entities ("The opposition") stands alone
	if (!lead.year && findPeople(`the ${lead.noun}`, entities).entities.length) return statement;
	const name = nameEndingIn(lead.noun, earlier);
	if (!name) return null;
	const said = `The ${lead.year ? `${lead.year} ` : ''}${lead.noun}`;
	return nameShortened(`The ${name}${statement.slice(said.length)}`, earlier);
}
