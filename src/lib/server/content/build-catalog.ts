/**
 * The pure core: files in, validated catalog and every problem out. No file system, so tests
 * feed it fixture trees and the app feeds it files bundled at build time.
 */
import { buildIndex } from './build-index';
import type { Catalog } from './catalog';
import { checkCues } from './check-cues';
import { checkDistractorGroups } from './check-distractor-groups';
import { checkEvents } from './check-events';
import { checkKeys } from './check-keys';
import { checkQuotes } from './check-quotes';
import { checkReferences } from './check-references';
import { lintItems } from './lint-items';
import { lintReferences } from './lint-references';
import { Problems, type Problem } from './problems';
import { readFiles } from './read-files';

export interface BuildResult {
	catalog: Catalog;
	errors: Problem[];
	warnings: Problem[];
}

/**
 * @param files text of each content file, keyed by path relative to the content root
 *   ("sources/x.md", "facts/y.yaml", …)
 * @param root shown before each path in messages, e.g. "questions"
 */
export function buildCatalog(files: Record<string, string>, root = 'questions'): BuildResult {
	const problems = new Problems();
	const tree = readFiles(files, root, problems);
	const index = buildIndex(tree, problems);
	checkReferences(index, problems);
	checkQuotes(index, problems);
	checkKeys(index, problems);
	checkEvents(index, problems);
	lintItems(index, problems);
	lintReferences(index, problems);
	checkDistractorGroups(index, problems);
	checkCues(index, problems);
	return { catalog: index.catalog, errors: problems.errors, warnings: problems.warnings };
}
