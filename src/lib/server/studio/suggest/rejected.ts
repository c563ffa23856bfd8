/**
 * Suggestions the author rejected, remembered per topic in a small JSON file,
 * DATA_DIR/studio-rejected/<topic>.json: { "<source id>": ["<sentence text>", …] }. A file, not a
 * database row, for the reason drafts are files (drafts.ts): it belongs with the content and
 * needs no migration. Keyed by the sentence's text, so edits elsewhere in the source (which move
 * offsets) do not bring a rejected suggestion back.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

type Rejected = Record<string, string[]>;

/** The folder of rejection files (DATA_DIR, default ./data). */
export function rejectedDir(env: { DATA_DIR?: string } = process.env): string {
	return resolve(env.DATA_DIR || 'data', 'studio-rejected');
}

async function readAll(dir: string, topic: string): Promise<Rejected> {
	try {
		const data = JSON.parse(await readFile(join(dir, `${topic}.json`), 'utf8')) as unknown;
		return data && typeof data === 'object' ? (data as Rejected) : {};
	} catch {
		return {}; // none yet (or unreadable: then nothing is hidden, nothing is lost)
	}
}

/** Sentences rejected for `source` of `topic` (ids already checked against the id rule). */
export async function rejectedFor(
	dir: string,
	topic: string,
	source: string
): Promise<Set<string>> {
	const all = await readAll(dir, topic);
	return new Set(Array.isArray(all[source]) ? all[source] : []);
}

let queue: Promise<unknown> = Promise.resolve();

/** Changes the rejected list of `source`; written atomically, one change at a time. */
function update(dir: string, topic: string, source: string, change: (list: Set<string>) => void) {
	const run = queue.then(async () => {
		const all = await readAll(dir, topic);
		const list = new Set(all[source] ?? []);
		change(list);
		all[source] = [...list];
		await mkdir(dir, { recursive: true });
		const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
		await writeFile(temp, JSON.stringify(all, null, '\t') + '\n', 'utf8');
		await rename(temp, join(dir, `${topic}.json`));
	});
	queue = run.catch(() => undefined);
	return run;
}

/** Remembers that the author rejected `sentence` of `source`. */
export function rejectSuggestion(
	dir: string,
	topic: string,
	source: string,
	sentence: string
): Promise<void> {
	return update(dir, topic, source, (list) => list.add(sentence));
}

/** Forgets a rejection (the author's undo): the sentence is suggested again. */
export function restoreSuggestion(
	dir: string,
	topic: string,
	source: string,
	sentence: string
): Promise<void> {
	return update(dir, topic, source, (list) => list.delete(sentence));
}
