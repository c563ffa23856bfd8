/** The real catalog, read in the test process, so tests know what must (not) reach the browser. */
import { buildLibrary } from '../../src/lib/server/content/build-library';
import { readTree } from '../../src/lib/server/content/read-tree';
import { questionByPublicId } from '../../src/lib/server/quiz/public';

/** The topic the browser tests work in, and where its pages live. */
export const TOPIC = 'us-venezuela-2019-2025';
export const TOPIC_PATH = `/topics/${TOPIC}`;
export const library = buildLibrary(readTree('questions')).library;
export const topic = library.topicById.get(TOPIC)!;
/** Every topic of the library, for tests that must hold for each (issue 8: "both topics work"). */
export const topics = library.topics;
export const { catalog } = topic;

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
