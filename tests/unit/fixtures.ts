import { buildLibrary } from '../../src/lib/server/content/build-library';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/** The valid fixture tree with one case's files (under `errors/` unless a folder is given) laid over it. */
export function buildCase(name: string, folder = 'errors') {
	const files = { ...readTree(`${FIXTURES}valid`), ...readTree(`${FIXTURES}${folder}/${name}`) };
	return buildCatalog(files, `fixtures/${name}`);
}

/**
 * One topic's files (paths inside the topic folder) built as topic `id` of a library, with a
 * topic.yaml labelling `tags`, so the topic's pages and links (which need its id) can be built.
 */
export function buildTopic(files: Record<string, string>, id = 'fixture', tags = ['library']) {
	const topicYaml = [
		`title: Fixture topic ${id}`,
		'summary: A small topic for tests.',
		'language: en-GB',
		'audience: Tests',
		'tags:',
		...tags.map((t) => `  ${t}: Label of ${t}`)
	].join('\n');
	const tree = Object.fromEntries(Object.entries(files).map(([p, t]) => [`${id}/${p}`, t]));
	const built = buildLibrary({ ...tree, [`${id}/topic.yaml`]: topicYaml }, 'fixtures');
	return { ...built, catalog: built.library.topicById.get(id)!.catalog };
}
