/** The only way a question leaves the server before it is answered: stripped of every answer. */
import { createHash } from 'node:crypto';
import type { Catalog, CatalogQuestion } from '../content/catalog';
import type { PublicQuestion } from '../../quiz/types';
import { shuffled } from './shuffle';

/**
 * Authors' ids can name the answer ("gen-role-…-nicolas-maduro"), so pages and tokens carry an
 * opaque id instead, and the server maps it back.
 */
export function publicIdOf(questionId: string): string {
	return createHash('sha256').update(`question:${questionId}`).digest('base64url').slice(0, 12);
}

const byPublicId = new WeakMap<Catalog, Map<string, CatalogQuestion>>();

export function questionByPublicId(
	catalog: Catalog,
	publicId: string
): CatalogQuestion | undefined {
	let map = byPublicId.get(catalog);
	if (!map) {
		map = new Map(catalog.questions.map((q) => [publicIdOf(q.id), q]));
		byPublicId.set(catalog, map);
	}
	return map.get(publicId);
}

/** Display order of a question's options for one attempt (indexes into the authored options). */
export function optionOrder(q: CatalogQuestion, seed: string): number[] {
	return shuffled(
		q.options.map((_, i) => i),
		`${seed}:${q.id}`
	);
}

export function publicQuestion(q: CatalogQuestion, seed: string): PublicQuestion {
	return {
		id: publicIdOf(q.id),
		stem: q.stem,
		options: optionOrder(q, seed).map((index) => ({ index, text: q.options[index]!.text })),
		hint: q.hint ?? null,
		difficulty: q.difficulty,
		topics: q.topics,
		about: q.about
	};
}
