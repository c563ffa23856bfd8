/**
 * Content files with a version: the sha256 of their bytes when the author opened them. A write
 * goes through only while the file on disk still has that version, so a change made meanwhile by
 * another editor or a `git pull` is never overwritten silently; the refusal carries a line diff
 * of what changed on disk.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { m } from '../../paraglide/messages.js';

/** The version of a file that does not exist (yet): a write with it creates the file. */
export const ABSENT = 'absent';

export interface VersionedText {
	/** The file's text as stored (UTF-8), or '' when it does not exist. */
	text: string;
	/** "sha256-<64 hex>" of the file's bytes, or ABSENT. */
	version: string;
}

/** The version of a text as it would be stored: "sha256-<64 hex>" of its UTF-8 bytes. */
export function versionOf(text: string | Buffer): string {
	return 'sha256-' + createHash('sha256').update(text).digest('hex');
}

/** A save refused because a file changed on disk since the author opened it. */
export class ConflictError extends Error {
	constructor(
		/** Path relative to the content folder. */
		readonly path: string,
		/** Unified diff from the text the author opened to the text now on disk. */
		readonly diff: string
	) {
		super(m.studio_conflict({ path }));
		this.name = 'ConflictError';
	}
}

/**
 * `path` (relative, "/"-separated) resolved inside `root`; throws when it would leave the
 * folder ("..", an absolute path, a backslash), so no caller can write outside the content.
 */
export function insideRoot(root: string, path: string): string {
	if (!path || isAbsolute(path) || path.includes('\\') || path.split('/').includes('..')) {
		throw new Error(`refusing a path outside the content folder: ${JSON.stringify(path)}`);
	}
	const full = resolve(root, path);
	const rel = relative(root, full);
	if (!rel || rel.startsWith('..') || isAbsolute(rel)) {
		throw new Error(`refusing a path outside the content folder: ${JSON.stringify(path)}`);
	}
	return full;
}

/** Reads `path` under `root` with its version; a missing file reads as '' with version ABSENT. */
export async function readVersioned(root: string, path: string): Promise<VersionedText> {
	try {
		const bytes = await readFile(insideRoot(root, path));
		return { text: bytes.toString('utf8'), version: versionOf(bytes) };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { text: '', version: ABSENT };
		throw error;
	}
}

export interface FileChange {
	/** Path relative to the content folder, "/"-separated. */
	path: string;
	/** The new text (UTF-8). */
	text: string;
	/** The version the author opened (ABSENT to create the file). */
	expected: string;
	/** The text the author opened, to show the diff on a conflict ('' when unknown). */
	opened?: string;
	/** Remove the file instead of writing `text` (a facts file whose last fact was deleted). */
	remove?: boolean;
}

/**
 * Throws ConflictError for the first change whose file no longer has the expected version.
 * Nothing is written.
 */
export async function checkVersions(root: string, changes: FileChange[]): Promise<void> {
	for (const change of changes) {
		const now = await readVersioned(root, change.path);
		if (now.version === change.expected) continue;
		const diff = createTwoFilesPatch(
			`${change.path} (as you opened it)`,
			`${change.path} (on disk now)`,
			change.opened ?? '',
			now.text,
			undefined,
			undefined,
			{ context: 2 }
		);
		throw new ConflictError(change.path, diff);
	}
}

/**
 * Writes every change, each atomically (a temporary file in the same folder, then a rename, so a
 * reader sees the old file or the new one, never half of one), after checking every version
 * first: a conflict on any file writes none of them.
 * @throws ConflictError when a file changed on disk since it was opened
 */
export async function writeVersioned(root: string, changes: FileChange[]): Promise<void> {
	await checkVersions(root, changes);
	for (const change of changes) {
		const full = insideRoot(root, change.path);
		if (change.remove) {
			await rm(full, { force: true });
			continue;
		}
		await mkdir(dirname(full), { recursive: true });
		const temp = join(dirname(full), `.${randomBytes(6).toString('hex')}.studio-tmp`);
		try {
			await writeFile(temp, change.text, 'utf8');
			await rename(temp, full);
		} catch (error) {
			await rm(temp, { force: true });
			throw error;
		}
	}
}
