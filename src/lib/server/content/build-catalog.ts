/**
 * The pure core: files in, validated catalog and every problem out. No file system, so tests
 * feed it fixture trees and the app feeds it files bundled at build time.
 */
import { buildIndex } from './build-index';
import type { Catalog } from './catalog';
import { checkCues } from './checks/check-cues';
import { checkDistractorGroups } from './checks/check-distractor-groups';
import { checkEvents } from './checks/check-events';
import { checkKeys } from './checks/check-keys';
import { checkQuotes } from './checks/check-quotes';
import { checkReferences } from './checks/check-references';
import { lintItems } from './checks/lint-items';
import { lintMarks } from './checks/lint-marks';
import { lintReferences } from './checks/lint-references';
import { Problems, type Problem } from './problems';
import { readFiles, type ParsedTree } from './read-files';

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
	return checkTree(readFiles(files, root, problems), problems);
}

/**
 * Everything after reading the files: index the items, then every check that looks across
 * files. `problems` already holds the files' own problems (see `readFile`).
 */
export function checkTree(tree: ParsedTree, problems: Problems): BuildResult {
	const index = buildIndex(tree, problems);
	checkReferences(index, problems);
	checkQuotes(index, problems);
	checkKeys(index, problems);
	checkEvents(index, problems);
	lintItems(index, problems);
	lintReferences(index, problems);
	lintMarks(index, problems);
	checkDistractorGroups(index, problems);
	checkCues(index, problems);
	return { catalog: index.catalog, errors: problems.errors, warnings: problems.warnings };
}
