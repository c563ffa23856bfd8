/** The real catalog, read in the test process, so tests know what must (not) reach the browser. */
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import { questionByPublicId } from '../../src/lib/server/quiz/public';

export const { catalog } = buildCatalog(readTree('questions'), 'questions');

/** Strings that only a graded answer may reveal: explanations and per-option feedback. */
export function secretsOf(publicId: string): string[] {
	return secretsOfQuestion(questionByPublicId(catalog, publicId)!);
}

/** The same, for a question known by its catalog entry (a session's ids are its own). */
export function secretsOfQuestion(q: {
	id: string;
	explanation: string;
	options: { feedback: string }[];
}) {
	return [q.id, q.explanation, ...q.options.map((o) => o.feedback)];
}
