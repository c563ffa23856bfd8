/**
 * The deterministic question generator (PRODUCT.md §2): typed facts become items — a role → "who
 * was …", a date → "when did …", a number → "what figure …" — with distractors of the same type
 * drawn from other facts. Same catalog in, same questions out: choices are ordered by a hash of
 * ids, never by chance. Contested facts and facts carried only by low-reliability copies are
 * skipped, so every generated key rests on settled, well-sourced evidence.
 */
import { createHash } from 'node:crypto';
import type { Fact, Option, Question } from '../../content/schema';
import { evidenceOf, type Catalog } from './catalog';
import { normalize } from './normalize';
import { formatDate } from '../../dates';

type Generated = Extract<Question, { kind: 'single' }>;

interface Choice {
	text: string;
	feedback: string;
}

const rank = (seed: string) => createHash('sha1').update(seed).digest().readUInt32BE(0);
const byHash = <T>(seed: string, items: T[], key: (t: T) => string) =>
	[...items].sort((a, b) => rank(seed + key(a)) - rank(seed + key(b)));

const NUMBER_WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve'
];

function formatNumber(
	n: NonNullable<Fact['number']>,
	percent = n.unit.trim().startsWith('%')
): string {
	const fmt = (x: number) => x.toLocaleString('en-US');
	const pct = percent ? '%' : '';
	return n.max !== undefined
		? `${fmt(n.value)}${pct} to ${fmt(n.max)}${pct}`
		: `${fmt(n.value)}${pct}`;
}

const contentWords = (s: string) =>
	new Set(
		normalize(s)
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length >= 4)
	);
const overlaps = (a: string, b: string) => {
	const wa = contentWords(a);
	return (
		[...contentWords(b)].filter((w) => wa.has(w)).length >= 2 ||
		normalize(a).toLowerCase() === normalize(b).toLowerCase()
	);
};

/** Roles that read as descriptions of an action ("would release …") make poor "who was" stems. */
const NOT_A_TITLE =
	/^(would|will|is|was|were|lists?|listed|held|holds|represented|leads?|led|met|says?|said|other|one of|accused|named|interviewed|departed|conducts?|brought|announced|indicted|generally)\b/i;
/** "at the time", "then": the stem cannot say which time, so the question would be ambiguous. */
const RELATIVE_TIME = /\b(at the time|then|now|current|currently)\b/i;

function usable(fact: Fact, catalog: Catalog): boolean {
	if (fact.contested) return false;
	return evidenceOf(fact).some((e) => catalog.sourceById.get(e.source)?.reliability !== 'low');
}

function when(fact: Fact, catalog: Catalog): string {
	if (fact.date && fact.date.precision !== 'year') return formatDate(fact.date.value);
	const source = catalog.sourceById.get(evidenceOf(fact)[0]!.source)!;
	return formatDate(source.published.date);
}

function assemble(
	id: string,
	fact: Fact,
	stem: string,
	key: Choice,
	distractors: (Choice & { fact?: string })[],
	difficulty: Generated['difficulty']
): Generated | null {
	if (distractors.length < 2) return null;
	const chosen = distractors.slice(0, 3);
	const keyAt = rank(id) % (chosen.length + 1);
	const options: Option[] = chosen.map((d) =>
		d.fact
			? { text: d.text, why_wrong: 'contradicted', fact: d.fact, feedback: d.feedback }
			: { text: d.text, why_wrong: 'not-stated', feedback: d.feedback }
	);
	options.splice(keyAt, 0, { text: key.text, correct: true, feedback: key.feedback });
	const quote = evidenceOf(fact)[0]!.quote;
	return {
		kind: 'single',
		id,
		stem,
		options,
		supports: [fact.id],
		about: 'events',
		explanation: `${fact.statement} The source says: “${quote}”`,
		difficulty,
		bloom: 'remember',
		topics: fact.topics,
		origin: 'generated'
	};
}

function roleQuestions(catalog: Catalog, facts: Fact[]): Generated[] {
	const people = facts.flatMap((f) =>
		(f.people ?? [])
			.filter((p) => p.role && catalog.entityById.get(p.entity)?.kind === 'person')
			.map((p) => ({ fact: f, entity: catalog.entityById.get(p.entity)!, role: p.role! }))
	);
	const out: Generated[] = [];
	const seen = new Set<string>();
	for (const { fact, entity, role } of people) {
		if (NOT_A_TITLE.test(role) || RELATIVE_TIME.test(role) || seen.has(entity.id + role)) continue;
		seen.add(entity.id + role);
		const others = new Map<string, { name: string; role: string; topics: string[] }>();
		for (const p of people) {
			if (p.entity.id === entity.id || others.has(p.entity.id)) continue;
			// Anyone who ever held a similar role could be a second right answer: leave them out.
			if (people.some((q) => q.entity.id === p.entity.id && overlaps(q.role, role))) continue;
			const topics = people
				.filter((q) => q.entity.id === p.entity.id)
				.flatMap((q) => q.fact.topics);
			others.set(p.entity.id, { name: p.entity.name, role: p.role, topics });
		}
		// Someone named in the very quote that settles the question is too close to call: skip.
		const quotes = evidenceOf(fact)
			.map((e) => normalize(e.quote))
			.join(' ');
		const candidates = [...others.values()].filter((o) => !quotes.includes(normalize(o.name)));
		const id = `gen-role-${fact.id}-${entity.id}`;
		// People from the same topics first: they are the plausible wrong answers.
		const near = candidates.filter((o) => o.topics.some((t) => fact.topics.includes(t)));
		const far = candidates.filter((o) => !near.includes(o));
		const ordered = [...byHash(id, near, (o) => o.name), ...byHash(id, far, (o) => o.name)];
		const distractors = ordered.map((o) => ({
			text: o.name,
			feedback: `${o.name} appears in the sources as ${o.role}, not as ${role}.`
		}));
		const article = /^(the|a|an|one)\b|^\S+'s\b/i.test(role) ? '' : 'the ';
		const stem = `Who do the sources describe as ${article}${role}?`;
		const q = assemble(
			id,
			fact,
			stem,
			{ text: entity.name, feedback: `Right: ${fact.statement}` },
			distractors,
			'easy'
		);
		if (q) out.push(q);
	}
	return out;
}

/** States ("still recognises") are true at many dates, so only events make "when" questions. */
const A_STATE = /\b(still|continues?|remains?|ongoing|since|until|not|never)\b/i;

function dateQuestions(facts: Fact[]): Generated[] {
	// Day-exact dates are mostly worked out from weekdays ("on Tuesday"), which a reader cannot
	// check in the text, so only month and year dates are asked.
	const dated = facts.filter(
		(f) =>
			f.date?.event &&
			f.date.precision !== 'day' &&
			!/\b\d{4}\b/.test(f.date.event) &&
			!A_STATE.test(f.date.event)
	);
	const all = facts.filter((f) => f.date);
	return dated.flatMap((fact) => {
		const d = fact.date!;
		const key = formatDate(d.value);
		const pool = new Map<string, Fact>();
		for (const o of all) {
			const text = formatDate(o.date!.value);
			if (o.date!.precision === d.precision && text !== key && !pool.has(text)) pool.set(text, o);
		}
		const id = `gen-date-${fact.id}`;
		const distractors = byHash(id, [...pool.entries()], ([t]) => t).map(([text, o]) => ({
			text,
			fact: fact.id,
			feedback: `${text} is the date of something else${o.date!.event ? `: ${o.date!.event}` : ''}.`
		}));
		const q = assemble(
			id,
			fact,
			`When did this happen: ${d.event}?`,
			{ text: key, feedback: `Right: ${fact.statement}` },
			distractors,
			'medium'
		);
		return q ? [q] : [];
	});
}

function numberQuestions(catalog: Catalog, facts: Fact[]): Generated[] {
	// Hedged figures ("nearly four") and units that do not read as a noun phrase ("of the six …")
	// make poor keys.
	const numbered = facts.filter(
		(f) => f.number && !f.number.approximate && !/^(of|in|to)\b/i.test(f.number.unit.trim())
	);
	return numbered.flatMap((fact) => {
		const n = fact.number!;
		const percent = n.unit.trim().startsWith('%');
		const key = formatNumber(n);
		const quotes = evidenceOf(fact)
			.map((e) => e.quote)
			.join(' ')
			.toLowerCase();
		const inQuote = (x: number) => new RegExp(`\\b(${x}|${NUMBER_WORDS[x] ?? x})\\b`).test(quotes);
		const pool = new Map<string, Fact>();
		for (const o of numbered) {
			const text = formatNumber(o.number!, percent);
			// A figure that also appears in this fact's own quote could read as right: skip it.
			// …and so could a figure for a similar quantity (the same source may count it differently).
			if (
				text === key ||
				pool.has(text) ||
				inQuote(o.number!.value) ||
				overlaps(o.number!.unit, n.unit)
			)
				continue;
			pool.set(text, o);
		}
		const closeness = (o: Fact) => Math.abs(Math.log((o.number!.value || 0.5) / (n.value || 0.5)));
		const id = `gen-number-${fact.id}`;
		const distractors = [...pool.entries()]
			.sort(([ta, a], [tb, b]) => closeness(a) - closeness(b) || rank(id + ta) - rank(id + tb))
			.map(([text, o]) => ({
				text,
				fact: fact.id,
				feedback: `${text} is the figure for something else: ${o.number!.unit}.`
			}));
		const stem = `What figure do the sources give (as of ${when(fact, catalog)}) for: ${n.unit}?`;
		const q = assemble(
			id,
			fact,
			stem,
			{ text: key, feedback: `Right: ${fact.statement}` },
			distractors,
			'medium'
		);
		return q ? [q] : [];
	});
}

export function generateQuestions(catalog: Catalog): Generated[] {
	const facts = [...catalog.facts]
		.filter((f) => usable(f, catalog))
		.sort((a, b) => a.id.localeCompare(b.id));
	return [
		...roleQuestions(catalog, facts),
		...dateQuestions(facts),
		...numberQuestions(catalog, facts)
	];
}
