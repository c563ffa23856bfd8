/** A topic's catalog read from the content folder on disk, for the export command. */
import { relative, resolve } from 'node:path';
import type { Catalog } from '../content/catalog';
import { buildLibrary } from '../content/build-library';
import { formatProblem } from '../content/problems';
import { readTree } from '../content/read-tree';
import type { ExportTopic } from './model';

export class TopicError extends Error {}

/** Throws TopicError for an unknown topic or content with errors (the first error named). */
export function loadTopic(
	contentDir: string,
	id: string
): { topic: ExportTopic; catalog: Catalog } {
	const dir = resolve(contentDir);
	const { library, errors } = buildLibrary(readTree(dir), relative(process.cwd(), dir) || '.');
	const entry = library.topicById.get(id);
	if (!entry)
		throw new TopicError(
			`unknown topic "${id}"; topics: ${library.topics.map((t) => t.id).join(', ')}`
		);
	const own = errors.filter((e) => e.file.includes(`${id}/`));
	if (own.length > 0)
		throw new TopicError(
			`topic ${id} has ${own.length} error(s), run npm run validate; first: ${formatProblem(own[0]!)}`
		);
	return {
		topic: { id: entry.id, title: entry.meta.title, language: entry.meta.language },
		catalog: entry.catalog
	};
}
