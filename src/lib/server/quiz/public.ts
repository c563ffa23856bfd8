/** The only way a question leaves the server before it is answered: stripped of every answer. */
import type { CatalogQuestion } from '../content/catalog';
import type { PublicQuestion } from '../../quiz/types';
import { shuffled } from './shuffle';

/** Display order of a question's options for one attempt (indexes into the authored options). */
export function optionOrder(q: CatalogQuestion, seed: string): number[] {
	return shuffled(
		q.options.map((_, i) => i),
		`${seed}:${q.id}`
	);
}

export function publicQuestion(q: CatalogQuestion, seed: string): PublicQuestion {
	return {
		id: q.id,
		stem: q.stem,
		options: optionOrder(q, seed).map((index) => ({ index, text: q.options[index]!.text })),
		hint: q.hint ?? null,
		difficulty: q.difficulty,
		topics: q.topics,
		about: q.about
	};
}
