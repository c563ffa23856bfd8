/**
 * Checking a draft as the author types (issue 9, item 4): the problems `npm run validate` would
 * report for one topic with some of its files changed in memory. Nothing is written.
 *
 * Stand-in for the shared checker (the question editor's branch owns the cached version); this
 * one runs `buildLibrary` over the topic per call (topic.yaml included, so tag labels are
 * checked too), so it is correct but not incremental.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../content/problems';
import { readTree } from '../content/read-tree';
import { buildLibrary } from '../content/build-library';

/**
 * @param root the content folder (absolute)
 * @param topic the topic id (its folder name, already checked against the id rule)
 * @param changes path relative to the topic folder ("explainers/01-x.yaml") → new text, or null
 *   for a file deleted in the draft
 * @returns errors and warnings as `npm run validate` reports them for the topic; callers match
 *   files by their ending "<topic>/<path>", whatever root is shown before it
 */
export function checkDraft(
	root: string,
	topic: string,
	changes: Record<string, string | null>
): Problem[] {
	const folder = join(root, topic);
	const files: Record<string, string> = existsSync(folder) ? readTree(folder) : {};
	for (const [path, text] of Object.entries(changes)) {
		if (text === null) delete files[path];
		else files[path] = text;
	}
	const inRoot = Object.fromEntries(
		Object.entries(files).map(([path, text]) => [`${topic}/${path}`, text])
	);
	const { errors, warnings } = buildLibrary(inRoot, '');
	return [...errors, ...warnings];
}
