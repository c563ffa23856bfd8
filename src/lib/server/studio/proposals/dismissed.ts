/**
 * Generator proposals the author dismissed, remembered per topic in
 * DATA_DIR/studio-dismissed/<topic>.json: ["<question id>", …]. A file, not a database row, for
 * the reason drafts are files (drafts.ts). Keyed by the generated id, which the generator derives
 * from the fact's id (never from chance), so the same proposal keeps its id across runs.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The folder of dismissal files (DATA_DIR, default ./data). */
export function dismissedDir(env: { DATA_DIR?: string } = process.env): string {
	return resolve(env.DATA_DIR || 'data', 'studio-dismissed');
}

/** Ids dismissed in `topic` (an id already checked against the id rule); empty when none. */
export async function dismissedIds(dir: string, topic: string): Promise<Set<string>> {
	try {
		const data = JSON.parse(await readFile(join(dir, `${topic}.json`), 'utf8')) as unknown;
		return new Set(Array.isArray(data) ? data.filter((x) => typeof x === 'string') : []);
	} catch {
		return new Set(); // none yet (or unreadable: then nothing is hidden, nothing is lost)
	}
}

let queue: Promise<unknown> = Promise.resolve();

/** Remembers that the author dismissed proposal `id`; written atomically, one at a time. */
export function dismissProposal(dir: string, topic: string, id: string): Promise<void> {
	const run = queue.then(async () => {
		const ids = await dismissedIds(dir, topic);
		ids.add(id);
		await mkdir(dir, { recursive: true });
		const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
		await writeFile(temp, JSON.stringify([...ids].sort(), null, '\t') + '\n', 'utf8');
		await rename(temp, join(dir, `${topic}.json`));
	});
	queue = run.catch(() => undefined);
	return run;
}
