/** The real catalog, read in the test process, so tests know what must (not) reach the browser. */
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import { questionByPublicId } from '../../src/lib/server/quiz/public';

export const { catalog } = buildCatalog(readTree('questions'), 'questions');

/** Strings that only a graded answer may reveal: explanations and per-option feedback. */
export function secretsOf(publicId: string): string[] {
	const q = questionByPublicId(catalog, publicId)!;
	return [q.id, q.explanation, ...q.options.map((o) => o.feedback)];
}
