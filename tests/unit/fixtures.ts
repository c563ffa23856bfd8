import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** The valid fixture tree with one error case's files laid over it. */
export function buildCase(name: string) {
	const files = { ...readTree(`${FIXTURES}valid`), ...readTree(`${FIXTURES}errors/${name}`) };
	return buildCatalog(files, `fixtures/${name}`);
}
