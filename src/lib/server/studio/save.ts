/**
 * The one way the studio changes content: check that no file changed on disk since the author
 * opened it, validate the topic as it would be after the change (in memory, with the validator's
 * pure core, `buildLibrary` over that topic's files), then either write every file and reload the app's content, or keep the change as a
 * draft with its errors and write nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildLibrary } from '../content/build-library';
import type { Problem } from '../content/problems';
import { readTree } from '../content/read-tree';
import { keepDraft, type Draft } from './drafts';
import { checkVersions, writeVersioned, type FileChange } from './versioned-file';

export interface SaveRequest {
	/** Topic id (already checked against the id rule). */
	topic: string;
	/** What the author is doing, shown with a draft ("Create topic", "Import source x"). */
	label: string;
	/** Files to write, paths relative to the content folder ("<topic>/sources/x.md"). */
	changes: FileChange[];
}

export type SaveResult =
	{ status: 'saved'; warnings: Problem[] } | { status: 'draft'; draft: Draft; errors: Problem[] };

export interface SaveContext {
	/** Content folder (absolute). */
	root: string;
	/** Drafts folder (absolute). */
	drafts: string;
	/** Makes the running app serve the content now on disk. */
	reload: () => unknown;
	/** Shown before paths in messages, e.g. "questions". */
	shownRoot?: string;
}

/** The topic's files as they would be after `changes`, keyed by path from the content folder. */
function wouldBe(root: string, topic: string, changes: FileChange[]): Record<string, string> {
	const folder = join(root, topic);
	const files = existsSync(folder) ? readTree(folder) : {};
	for (const change of changes) {
		const inTopic = change.path.slice(topic.length + 1);
		if (!change.path.startsWith(`${topic}/`) || !inTopic) {
			throw new Error(`${change.path} is not in topic ${topic}`);
		}
		if (change.remove) delete files[inTopic];
		else files[inTopic] = change.text;
	}
	return Object.fromEntries(
		Object.entries(files).map(([path, text]) => [`${topic}/${path}`, text])
	);
}

/**
 * Saves `request` or keeps it as a draft.
 * @returns `saved` (files written, content reloaded) or `draft` (nothing written; the errors the
 *   validator reported, as file:line:column problems)
 * @throws ConflictError when a file changed on disk since it was opened (nothing written, no draft)
 */
export function saveOrDraft(request: SaveRequest, context: SaveContext): Promise<SaveResult> {
	// One save at a time in this process, so two saves cannot both pass the version check and
	// then overwrite each other.
	const run = queue.then(() => save(request, context));
	queue = run.catch(() => undefined);
	return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function save(request: SaveRequest, context: SaveContext): Promise<SaveResult> {
	const { root, drafts, reload, shownRoot = 'questions' } = context;
	await checkVersions(root, request.changes);
	const files = wouldBe(root, request.topic, request.changes);
	// The topic alone, topic.yaml included: topics are checked independently, so the others'
	// files need not be read again.
	const { errors, warnings } = buildLibrary(files, shownRoot);
	if (errors.length > 0) {
		const draft = await keepDraft(drafts, {
			topic: request.topic,
			label: request.label,
			changes: request.changes,
			errors
		});
		return { status: 'draft', draft, errors };
	}
	await writeVersioned(root, request.changes);
	reload();
	return { status: 'saved', warnings };
}
