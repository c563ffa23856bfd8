/**
 * Drafts: saves that would have broken validation, kept with their errors so the author loses
 * nothing and the app keeps serving the last valid content. They are JSON files under
 * DATA_DIR/studio-drafts/<topic>/ rather than database rows: a draft is content-shaped text that
 * belongs with the content's lifecycle (an author can open, copy or delete it with any editor,
 * and it survives switching between PGlite and a PostgreSQL server), and it needs no migration.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../content/problems';
import type { FileChange } from './versioned-file';

export interface Draft {
	id: string;
	topic: string;
	/** What the author was doing, e.g. "Import source amnesty-offer". */
	label: string;
	/** ISO 8601 time the draft was kept. */
	created: string;
	changes: FileChange[];
	errors: Problem[];
}

const DRAFT_ID = /^[0-9]{8}T[0-9]{6}-[0-9a-f]{8}$/;

function newId(now: Date): string {
	const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15);
	return `${stamp}-${randomBytes(4).toString('hex')}`;
}

/** Stores a draft (atomically) and returns it. `topic` must already be a checked topic id. */
export async function keepDraft(
	dir: string,
	draft: Omit<Draft, 'id' | 'created'>,
	now = new Date()
): Promise<Draft> {
	const full: Draft = { id: newId(now), created: now.toISOString(), ...draft };
	const folder = join(dir, draft.topic);
	await mkdir(folder, { recursive: true });
	const temp = join(folder, `.${full.id}.tmp`);
	await writeFile(temp, JSON.stringify(full, null, '\t') + '\n', 'utf8');
	await rename(temp, join(folder, `${full.id}.json`));
	return full;
}

/** A topic's drafts, newest first; [] when there are none. */
export async function listDrafts(dir: string, topic: string): Promise<Draft[]> {
	let names: string[];
	try {
		names = await readdir(join(dir, topic));
	} catch {
		return [];
	}
	const ids = names
		.filter((n) => n.endsWith('.json'))
		.map((n) => n.slice(0, -5))
		.filter((id) => DRAFT_ID.test(id));
	const drafts = await Promise.all(ids.map((id) => readDraft(dir, topic, id)));
	return drafts.filter((d): d is Draft => d !== undefined).sort((a, b) => (a.id < b.id ? 1 : -1));
}

/** One draft, or undefined when the id is malformed or unknown. */
export async function readDraft(
	dir: string,
	topic: string,
	id: string
): Promise<Draft | undefined> {
	if (!DRAFT_ID.test(id)) return undefined;
	try {
		return JSON.parse(await readFile(join(dir, topic, `${id}.json`), 'utf8')) as Draft;
	} catch {
		return undefined;
	}
}
