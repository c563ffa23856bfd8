/**
 * The app's content, read from disk at run time (CONTENT_DIR, default ./questions from the working
 * directory), so content can change without a rebuild. The first read refuses broken content with
 * the validator's own messages, so the server cannot start on it; a later `reloadContent()` with
 * errors keeps serving the last valid library and returns the problems instead.
 */
import { relative, resolve } from 'node:path';
import { buildLibrary, type Library, type LibraryResult } from './build-library';
import { formatProblem, type Problem } from './problems';
import { readTree } from './read-tree';

let current: Library | null = null;

/** The content folder as an absolute path. */
export function contentDir(): string {
	return resolve(process.env.CONTENT_DIR || 'questions');
}

function readLibrary(): LibraryResult {
	const dir = contentDir();
	return buildLibrary(readTree(dir), relative(process.cwd(), dir) || '.');
}

/** Every topic, validated. Throws (listing every error as file:line:column) on the first read. */
export function getLibrary(): Library {
	if (current) return current;
	const { library, errors } = readLibrary();
	if (errors.length > 0) {
		const list = errors.map(formatProblem).join('\n');
		throw new Error(`Content has ${errors.length} error(s); run \`npm run validate\`:\n${list}`);
	}
	return (current = library);
}

/**
 * Reads the content folder again. Without errors the new library is served from the next
 * request on; with errors the last valid one stays (none yet: the next `getLibrary()` throws).
 */
export function reloadContent(): { errors: Problem[]; warnings: Problem[] } {
	const { library, errors, warnings } = readLibrary();
	if (errors.length === 0) current = library;
	return { errors, warnings };
}

export type { Catalog, CatalogQuestion } from './catalog';
export type { Library, TopicEntry, TopicMeta } from './build-library';
