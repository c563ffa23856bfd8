/**
 * "Which person do the sources describe as …?" from the people and roles of facts. Distractors
 * are of the key's kind: people of the same entity `group` (the side a reader would name) whose
 * roles in the sources are of the same type (envoys with envoys, detainees with detainees), so
 * none can be ruled out for being on the wrong side or in the wrong line of work.
 */
import type { Entity, Fact } from '../../../content/schema';
import { evidenceOf, type Catalog } from '../catalog';
import { normalize } from '../normalize';
import { assemble, byHash, type Generated } from './common';

export type RoleKind = 'envoy' | 'leader' | 'official' | 'expert' | 'detainee' | 'other';

/** First match wins, so "president of the National Assembly" is an official, not a leader. */
const KINDS: [RoleKind, RegExp][] = [
	['envoy', /\b(envoy|ambassador|diplomat|representative|negotiator|mediator)\b/i],
	[
		'official',
		/\b(vice president|president of the national assembly|member of|minister|secretary|director|head of (?!state|the interim)|chairman|senator|official)\b/i
	],
	['leader', /\b(president|leader|head of state|head of the interim government|first lady)\b/i],
	['expert', /\b(expert|fellow|analyst|scholar|journalist|newspaper)\b/i],
	[
		'detainee',
		/\b(detained|executive|citizen|tourist|marine|special forces|player|trafficker|businessman|frontman|prisoner)\b/i
	]
];

/** The type of a role, for drawing distractors of the same type. */
export function roleKind(role: string): RoleKind {
	return KINDS.find(([, re]) => re.test(role))?.[0] ?? 'other';
}

/** Roles that read as descriptions of an action ("would release …") make poor "who was" stems. */
const NOT_A_TITLE =
	/^(would|will|is|was|were|lists?|listed|held|holds|represented|leads?|led|met|says?|said|other|one of|accused|named|interviewed|departed|conducts?|brought|announced|indicted|generally|organisation|outlet|venue|mediator of)\b/i;
/** "at the time", "then": the stem cannot say which time, so the question would be ambiguous. */
const RELATIVE_TIME = /\b(at the time|then|now|current|currently)\b/i;
/**
 * Heads of state, cabinet titles, chairs of Senate committees, sports stars and the people of the
 * 2022 prisoner swap with Russia are known to every newspaper reader: asking who held them tests
 * general knowledge, not the articles (blind readers answered every one), so they are not asked.
 */
export const WELL_KNOWN =
	/\b(secretary of state|foreign minister|vice president|first lady|chairman of the senate|senate \w+( \w+)? committee|wnba|nba|player|russia|russian)\b/i;

/** Words that make roles the same type, not the same role ("special envoy for …"). */
const GENERIC = new Set(
	(
		'special presidential envoy senior former president leader director member head official ' +
		'minister secretary vice chief ambassador representative negotiator detained citizen ' +
		"the of for and in to a an us u.s. who trump's"
	).split(' ')
);
const distinctive = (role: string) =>
	new Set(
		normalize(role)
			.toLowerCase()
			.split(/[^\p{L}'.]+/u)
			.filter((w) => w.length >= 3 && !GENERIC.has(w))
	);

/** Does `other` fit `role` as well, so the key would not be the only right answer? */
function fits(role: string, other: string): boolean {
	const words = distinctive(role);
	const theirs = distinctive(other);
	if (normalize(role).toLowerCase() === normalize(other).toLowerCase()) return true;
	return words.size > 0 && [...words].every((w) => theirs.has(w));
}

/** Roles that share two distinctive words may be read as the same job at another time. */
function tooClose(role: string, other: string): boolean {
	const words = distinctive(role);
	return [...distinctive(other)].filter((w) => words.has(w)).length >= 2;
}

interface Held {
	fact: Fact;
	entity: Entity;
	role: string;
}

export function roleQuestions(catalog: Catalog, facts: Fact[]): Generated[] {
	const held: Held[] = facts.flatMap((f) =>
		(f.people ?? [])
			.filter((p) => p.role && catalog.entityById.get(p.entity)?.kind === 'person')
			.map((p) => ({ fact: f, entity: catalog.entityById.get(p.entity)!, role: p.role! }))
	);
	const rolesOf = new Map<string, Held[]>();
	for (const h of held) rolesOf.set(h.entity.id, [...(rolesOf.get(h.entity.id) ?? []), h]);

	const out: Generated[] = [];
	const asked = new Set<string>();
	for (const { fact, entity, role } of held) {
		const kind = roleKind(role);
		if (asked.has(entity.id) || kind === 'leader' || kind === 'other') continue;
		if (NOT_A_TITLE.test(role) || RELATIVE_TIME.test(role) || WELL_KNOWN.test(role)) continue;
		// Someone else the sources describe the same way: two right answers, so no question.
		const others = [...rolesOf.entries()].filter(([id]) => id !== entity.id);
		if (others.some(([, hs]) => hs.some((h) => fits(role, h.role)))) continue;

		// Someone named in the very quote that settles the question is too close to call, unless
		// the same fact gives them a role of their own that does not fit the asked one (the quote
		// then tells the two apart, as "Cárdenas, a former Citgo executive, and Fernández, a dual
		// Cuban-US citizen" does; without him the key was the only Hispanic name, and readers saw it).
		const apart = (id: string) =>
			(fact.people ?? []).some((p) => p.entity === id && p.role && !fits(role, p.role));
		const quotes = evidenceOf(fact)
			.map((e) => normalize(e.quote))
			.join(' ');
		const candidates = others
			.map(([, hs]) => ({ who: hs[0]!.entity, like: hs.find((h) => roleKind(h.role) === kind) }))
			.filter(
				(c) =>
					c.like &&
					c.who.group === entity.group &&
					!rolesOf.get(c.who.id)!.some((h) => tooClose(role, h.role)) &&
					// A distractor every newspaper reader can place (a prisoner in Russia) is ruled out blind.
					!rolesOf.get(c.who.id)!.some((h) => WELL_KNOWN.test(h.role)) &&
					(apart(c.who.id) || !quotes.includes(normalize(c.who.name)))
			);
		const id = `gen-role-${fact.id}-${entity.id}`;
		const distractors = byHash(id, candidates, (c) => c.who.id).map((c) => ({
			text: c.who.name,
			feedback: `${c.who.name} appears in the sources as ${c.like!.role}, not as ${role}.`,
			// Named in the settling quote with a role of their own: that quote rules them out.
			fact: quotes.includes(normalize(c.who.name)) ? fact.id : undefined
		}));
		const article = /^(the|a|an|one)\b|^\S+'s\b/i.test(role) ? '' : 'the ';
		const q = assemble(
			id,
			fact,
			`Which person do the sources describe as ${article}${role}?`,
			{ text: entity.name, feedback: `Right: ${entity.name} is described as ${role}.` },
			distractors,
			'easy'
		);
		if (q) {
			asked.add(entity.id);
			out.push(q);
		}
	}
	return out;
}
