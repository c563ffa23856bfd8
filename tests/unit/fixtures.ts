import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** The valid fixture tree with one case's files (under `errors/` unless a folder is given) laid over it. */
export function buildCase(name: string, folder = 'errors') {
	const files = { ...readTree(`${FIXTURES}valid`), ...readTree(`${FIXTURES}${folder}/${name}`) };
	return buildCatalog(files, `fixtures/${name}`);
}
