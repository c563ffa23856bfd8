/**
 * A topic's catalog read from disk, for the export command. Until content is split into topic
 * folders, questions/ holds the one topic below.
 */
import { resolve } from 'node:path';
import { buildCatalog } from '../content/build-catalog';
import type { Catalog } from '../content/catalog';
import { formatProblem } from '../content/problems';
import { readTree } from '../content/read-tree';
import type { ExportTopic } from './model';

const TOPICS: ExportTopic[] = [
	{ id: 'us-venezuela-2019-2025', title: 'US–Venezuela relations 2019–2025', language: 'en' }
];

export class TopicError extends Error {}

/** Throws TopicError for an unknown topic or content with errors (the first error named). */
export function loadTopic(
	contentDir: string,
	id: string
): { topic: ExportTopic; catalog: Catalog } {
	const topic = TOPICS.find((t) => t.id === id);
	if (!topic)
		throw new TopicError(`unknown topic "${id}"; topics: ${TOPICS.map((t) => t.id).join(', ')}`);
	const { catalog, errors } = buildCatalog(readTree(resolve(contentDir)), contentDir);
	if (errors.length > 0)
		throw new TopicError(
			`content has ${errors.length} error(s), run npm run validate; first: ${formatProblem(errors[0]!)}`
		);
	return { topic, catalog };
}
