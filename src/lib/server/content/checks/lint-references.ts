/**
 * A stem must make sense alone: a quiz shuffles questions, so "this exchange", "the meeting" or
 * "the former State Department official" cannot lean on the question before it, or on the
 * article the student may not have open. This lint warns (rule `unresolved-reference`) when a
 * stem refers to something it never introduces:
 * - a demonstrative ("this", "these", "those", "such", "that") before a thing or a person
 *   (exchange, process, official…) whose noun does not occur earlier in the stem;
 * - "this way" / "that way" / "like this" with nothing before it in the stem to point back to;
 * - a bare "the" + thing ("the meeting", "the talks") that neither a qualifier inside the phrase
 *   (a name, a year: "the Barbados agreement", "the 2022 trips") nor a phrase after it
 *   ("the meeting in Caracas", "the talks between …", "the deal that …") pins down, and whose noun
 *   does not occur earlier in the stem;
 * - a bare "the" + person ("the former State Department official") not followed by a name, a
 *   phrase that says which one ("the envoy for hostage affairs", "the official who …"), or
 *   introduced earlier. A person's description is no name, so qualifiers inside do not count.
 * - a stem that opens with a pronoun ("He said …").
 */
import type { CatalogQuestion, Indexed } from '../catalog';
import type { Problems } from '../problems';

const THINGS =
	'meeting|meetings|talks|conversation|conversations|negotiation|negotiations|dialogue|process|' +
	'exchange|swap|deal|agreement|offer|offers|proposal|proposals|guarantee|crisis|trip|trips|' +
	'visit|visits|plan|decision|announcement|remark|remarks|statement|claim|move|effort|outcome|' +
	'results|interview|article|report|sentence|quote|line|copy|case|regime|regimes|way';
const PEOPLE =
	'official|officials|expert|analyst|source|figure|envoy|diplomat|negotiator|spokesperson|' +
	'spokesman|critic|senator|president|minister|man|woman|person';

const DEMONSTRATIVE = new RegExp(
	`\\b(this|these|those|such|that)\\s+(?:[\\w'-]+\\s+)?(${THINGS}|${PEOPLE})\\b`,
	'gi'
);
const THIS_WAY = /\b(?:this|that) way\b|\blike (?:this|that)\b/gi;
/** "the" + up to three modifiers + a noun from the lists. */
/** Words a modifier cannot be: "the library after the meeting" is two phrases, not one. */
const FUNCTION_WORD =
	'(?:the|a|an|of|in|on|at|after|before|with|to|for|from|by|and|or|that|which|who|about|as)\\b';
const DEFINITE = new RegExp(
	`\\bthe\\s+((?:(?!${FUNCTION_WORD})[\\w'’-]+\\s+){0,3}?)(${THINGS}|${PEOPLE})\\b`,
	'gi'
);
/** What may follow a thing and say which one it is. */
const PINS_THING =
	/^\s*(?:(?:of|in|on|at|with|between|among|from|to|for|about|against|over|under|during|after|before|by|dated|that|which|where|when|who|whose|held|made|signed|reached|described|discussed|proposed|reported|announced|offered|quoted|called|named|published|printed|cited|set|struck)\b|\(|[A-Z"“'‘])/;
/** What may follow a person and say which one. */
const PINS_PERSON =
	/^(?:['’]|\s*,?\s*(?:[A-Z][\p{L}'-]+|of|for|at|in|to|who|whom|whose|quoted|named|called|interviewed|cited)\b)/u;
const PRONOUN_START = /^(?:he|she|they|it|his|her|their|this|that|these|those)\b/i;

const PERSON_NOUN = new RegExp(`^(?:${PEOPLE})$`, 'i');

/** Nouns for words: a quotation earlier in the stem is what they point back to. */
const WORDING = /^(?:sentence|quote|line|remark|remarks|statement|claim|figure|copy)$/i;

/** Was the thing introduced earlier in the stem (its noun, or a quotation for wording)? */
function mentionedBefore(stem: string, index: number, noun: string, original = stem): boolean {
	const before = original.slice(0, index).toLowerCase();
	const stemOf = noun.toLowerCase().replace(/(?:es|s)$/, '');
	if (stemOf === 'way') return /[.?!:;]\s/.test(before);
	if (WORDING.test(noun) && /["“‘']\S/.test(before)) return true;
	return stemOf.length >= 3 && before.includes(stemOf);
}

/** "Who is the US president?": the phrase after "as" or "is" is what is asked, not a reference. */
const PREDICATE = /\b(?:as|is|was|were|became|become)\s+$/i;

/** A qualifier inside "the … noun" that pins a thing down: a name, a number or a year. */
const qualified = (modifiers: string) => /(?:^|\s)(?:[A-Z][\p{L}'’-]*|\d[\d,.]*)/u.test(modifiers);

/** Quoted words are the source's, not references the stem makes: blank them, keeping offsets. */
export const QUOTED = /["“][^"“”]*["”]|‘[^‘’]*’/g;

/**
 * Every reference the patterns below find names a noun of the lists, says "like this/that" or
 * starts the stem with a pronoun: a stem with none of these (most of them) is not searched.
 */
const MAY_REFER = new RegExp(`\\b(?:${THINGS}|${PEOPLE})\\b|\\blike (?:this|that)\\b`, 'i');

/** The unresolved references in a stem, as the phrase quoted in the warning. */
export function unresolvedReferences(text: string): string[] {
	if (!MAY_REFER.test(text) && !PRONOUN_START.test(text.trim())) return [];
	const stem = text.replace(QUOTED, (q) => q[0] + ' '.repeat(q.length - 2) + q[q.length - 1]);
	const found: string[] = [];
	if (PRONOUN_START.test(stem.trim()) && !DEMONSTRATIVE.test(stem)) {
		found.push(stem.trim().split(/\s+/)[0]!);
	}
	DEMONSTRATIVE.lastIndex = 0;
	for (const m of stem.matchAll(DEMONSTRATIVE)) {
		// "that" is a conjunction far more often than a demonstrative: only "that" + a lower-case
		// noun; "Which of these …" points at the options, which are there.
		const word = m[1]!.toLowerCase();
		if (word === 'that' && !/^that\s+[a-z]+$/.test(m[0])) continue;
		if (/\bof\s+$/i.test(stem.slice(0, m.index)) && word !== 'such') continue;
		if (!mentionedBefore(stem, m.index!, m[2]!, text)) found.push(m[0]);
	}
	for (const m of stem.matchAll(THIS_WAY)) {
		if (!/[.?!:;]\s/.test(stem.slice(0, m.index))) found.push(m[0]);
	}
	for (const m of stem.matchAll(DEFINITE)) {
		const [phrase, modifiers = '', noun = ''] = m;
		const after = stem.slice(m.index! + phrase.length);
		if (mentionedBefore(stem, m.index!, noun, text) || PREDICATE.test(stem.slice(0, m.index)))
			continue;
		if (PERSON_NOUN.test(noun)) {
			if (!PINS_PERSON.test(after)) found.push(phrase);
		} else if (!qualified(modifiers) && !PINS_THING.test(after)) {
			found.push(phrase);
		}
	}
	return [...new Set(found)];
}

export function lintReferences(ix: Indexed, problems: Problems) {
	for (const q of ix.catalog.questions) lintStem(q, ix, problems);
}

function lintStem(q: CatalogQuestion, ix: Indexed, problems: Problems) {
	const found = unresolvedReferences(q.stem);
	if (found.length === 0) return;
	const w = ix.where.question.get(q.id)!;
	problems.add(
		'warning',
		w.yaml.locate([...w.path, 'stem']),
		'unresolved-reference',
		`the stem refers to ${found.map((f) => `"${f}"`).join(', ')} without saying which: a quiz may show it first and alone, so name it (who, what, when, which source)`
	);
}
