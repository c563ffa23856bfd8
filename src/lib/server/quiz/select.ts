/** Which questions a quiz asks: by bank, topic and difficulty, in an order fixed by the seed. */
import type { Catalog, CatalogQuestion } from '../content/catalog';
import { questionByPublicId } from './public';
import { shuffled } from './shuffle';

export interface QuizFilter {
	bank?: string;
	topic?: string;
	difficulty?: 'easy' | 'medium' | 'hard';
	length: number;
	/** Public question ids, for a review queue. */
	ids?: string[];
	/**
	 * The explainer the learner has just finished: its checkpoint questions were answered minutes
	 * ago, so they are left out, and so is any question they give away (see `catalog.cues`)…
	 */
	after?: string;
	/** …unless the learner asks to review those checkpoints: then they are in the pool. */
	reviewCheckpoints?: boolean;
}

/** Author ids of an explainer's checkpoint questions (empty for an unknown explainer). */
export function checkpointsOf(catalog: Catalog, explainerId: string): string[] {
	const x = catalog.explainerById.get(explainerId);
	return (x?.steps ?? []).flatMap((s) => (s.checkpoint ? [s.checkpoint] : []));
}

/**
 * Keep questions in order, skipping any that would share the quiz with a question it gives
 * away or that gives it away (a cue pair: `catalog.cues`), or with one of `blockers`, until
 * `length` are kept. Greedy in the given order, so a seeded shuffle still decides what is asked.
 */
export function withoutCuePairs(
	catalog: Catalog,
	ordered: CatalogQuestion[],
	length: number,
	blockers: Iterable<string> = []
): CatalogQuestion[] {
	const taken = new Set<string>(blockers);
	const out: CatalogQuestion[] = [];
	for (const q of ordered) {
		if (out.length >= length) break;
		if (taken.has(q.id)) continue;
		const cues = catalog.cues.get(q.id);
		if (cues && [...taken].some((id) => cues.has(id))) continue;
		taken.add(q.id);
		out.push(q);
	}
	return out;
}

/**
 * The questions of one quiz attempt, never two of a cue pair.
 * @param seed the attempt's seed: the same seed and filter give the same questions in the same order
 */
export function selectQuestions(catalog: Catalog, f: QuizFilter, seed: string): CatalogQuestion[] {
	if (f.ids) {
		// Review queues come from the browser, which knows questions only by their public ids.
		const listed = f.ids
			.map((id) => questionByPublicId(catalog, id))
			.filter((q) => q !== undefined);
		return withoutCuePairs(catalog, listed, f.length);
	}
	const checkpoints = f.after ? checkpointsOf(catalog, f.after) : [];
	const pool = catalog.questions.filter(
		(q) =>
			(!f.bank || q.bank === f.bank) &&
			(!f.topic || q.topics.includes(f.topic)) &&
			(!f.difficulty || q.difficulty === f.difficulty)
	);
	if (f.reviewCheckpoints) {
		// Asked for, so the checkpoints are picked first (even outside the topic), then the rest;
		// the quiz is shuffled again so they do not all come at the start.
		const asked = checkpoints
			.map((id) => catalog.questionById.get(id))
			.filter((q) => q !== undefined);
		const rest = pool.filter((q) => !checkpoints.includes(q.id));
		const picked = withoutCuePairs(
			catalog,
			[...shuffled(asked, seed), ...shuffled(rest, seed)],
			f.length
		);
		return shuffled(picked, `${seed}:order`);
	}
	return withoutCuePairs(catalog, shuffled(pool, seed), f.length, checkpoints);
}

export function topicsOf(catalog: Catalog): { id: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const q of catalog.questions)
		for (const t of q.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
	return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}
