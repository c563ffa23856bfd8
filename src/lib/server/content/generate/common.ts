/** What every generated item shares: deterministic order, assembly into a question. */
import { createHash } from 'node:crypto';
import type { Fact, Option, Question } from '../../../content/schema';
import { evidenceOf, type Catalog } from '../catalog';
import { quoted } from '../../../text';
import { normalize } from '../normalize';

export type Generated = Extract<Question, { kind: 'single' }>;

export interface Choice {
	text: string;
	feedback: string;
	/** For a distractor: the fact that rules it out (else it is labelled not stated). */
	fact?: string;
}

/** Fewer same-kind distractors than this and no question is generated (never a giveaway). */
export const MIN_DISTRACTORS = 2;
/** At most this many distractors: 4 options. */
export const MAX_DISTRACTORS = 3;

export const rank = (seed: string) => createHash('sha1').update(seed).digest().readUInt32BE(0);
export const byHash = <T>(seed: string, items: T[], key: (t: T) => string) =>
	[...items].sort((a, b) => rank(seed + key(a)) - rank(seed + key(b)));

/** A fact the generator may build on: uncontested, and quoted from a source that is not low. */
export function usable(fact: Fact, catalog: Catalog): boolean {
	if (fact.contested) return false;
	return evidenceOf(fact).some((e) => catalog.sourceById.get(e.source)?.reliability !== 'low');
}

const contentWords = (s: string) =>
	new Set(
		normalize(s)
			.toLowerCase()
			.split(/[^\p{L}]+/u)
			.filter((w) => w.length >= 4)
	);

/** Two descriptions that share two content words (or are equal) may describe the same thing. */
export function overlaps(a: string, b: string): boolean {
	const wa = contentWords(a);
	return (
		[...contentWords(b)].filter((w) => wa.has(w)).length >= 2 ||
		normalize(a).toLowerCase() === normalize(b).toLowerCase()
	);
}

/** The fact's statement without the authors' bracketed notes ("(the article … says …)"). */
export const plainStatement = (fact: Fact) =>
	fact.statement.replace(/\s*\([^()]*\)/g, '').replace(/\s+([.,;:])/g, '$1');

/**
 * A generated question, or null when fewer than `MIN_DISTRACTORS` distractors are given: the
 * generator would rather ask nothing than ask with options a student can rule out blind.
 */
export function assemble(
	id: string,
	fact: Fact,
	stem: string,
	key: Choice,
	distractors: Choice[],
	difficulty: Generated['difficulty']
): Generated | null {
	if (distractors.length < MIN_DISTRACTORS) return null;
	const chosen = distractors.slice(0, MAX_DISTRACTORS);
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
		explanation: `${plainStatement(fact)} The source says: ${quoted(quote)}`,
		difficulty,
		bloom: 'remember',
		topics: fact.topics,
		origin: 'generated'
	};
}
