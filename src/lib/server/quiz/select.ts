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
}

export function selectQuestions(catalog: Catalog, f: QuizFilter, seed: string): CatalogQuestion[] {
	if (f.ids) {
		// Review queues come from the browser, which knows questions only by their public ids.
		return f.ids
			.map((id) => questionByPublicId(catalog, id))
			.filter((q) => q !== undefined)
			.slice(0, f.length);
	}
	const pool = catalog.questions.filter(
		(q) =>
			(!f.bank || q.bank === f.bank) &&
			(!f.topic || q.topics.includes(f.topic)) &&
			(!f.difficulty || q.difficulty === f.difficulty)
	);
	return shuffled(pool, seed).slice(0, f.length);
}

export function topicsOf(catalog: Catalog): { id: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const q of catalog.questions)
		for (const t of q.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
	return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
}

/** Topic labels live with the other browser-safe labels; re-exported for the quiz pages. */
export { topicLabel } from '../../topics';
