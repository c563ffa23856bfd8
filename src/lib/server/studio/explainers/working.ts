/**
 * Working copies kept while the author types (issue 9, item 6): the editor's state for one
 * explainer, stored on every checked change, so a closed tab, a crash or a restart loses at most
 * the last debounce interval. One JSON file per explainer under
 * DATA_DIR/studio-working/<topic>/explainer-<file>.json ("new" for one not saved yet); unlike
 * drafts.ts (saves refused by validation) it is overwritten as the author types and removed on a
 * successful save.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ExplainerDraftSchema, type ExplainerDraft } from '../../../studio/explainer-draft';

export interface WorkingCopy {
	draft: ExplainerDraft;
	/** The version of the file the author opened (versioned-file.ts), checked on save. */
	version: string;
	/** ISO 8601 time it was kept. */
	kept: string;
}

/** The folder of working copies (DATA_DIR, default ./data). */
export function workingDir(env: { DATA_DIR?: string } = process.env): string {
	return resolve(env.DATA_DIR || 'data', 'studio-working');
}

/** `file` is "new" or a checked explainer file name; `topic` a checked topic id. */
const pathOf = (dir: string, topic: string, file: string) =>
	join(dir, topic, `explainer-${file}.json`);

/** Stores the working copy atomically (a reader sees the old one or the new one). */
export async function keepWorking(
	dir: string,
	topic: string,
	file: string,
	copy: Omit<WorkingCopy, 'kept'>,
	now = new Date()
): Promise<void> {
	const full: WorkingCopy = { ...copy, kept: now.toISOString() };
	await mkdir(join(dir, topic), { recursive: true });
	const temp = join(dir, topic, `.${randomBytes(6).toString('hex')}.tmp`);
	await writeFile(temp, JSON.stringify(full, null, '\t') + '\n', 'utf8');
	await rename(temp, pathOf(dir, topic, file));
}

/** The working copy, or null when there is none (or it is unreadable). */
export async function readWorking(
	dir: string,
	topic: string,
	file: string
): Promise<WorkingCopy | null> {
	try {
		const data = JSON.parse(await readFile(pathOf(dir, topic, file), 'utf8')) as WorkingCopy;
		const draft = ExplainerDraftSchema.safeParse(data.draft);
		if (!draft.success || typeof data.version !== 'string') return null;
		return { draft: draft.data, version: data.version, kept: String(data.kept) };
	} catch {
		return null;
	}
}

/** Forgets the working copy (after a save, or when the author discards it). */
export async function dropWorking(dir: string, topic: string, file: string): Promise<void> {
	await rm(pathOf(dir, topic, file), { force: true });
}
