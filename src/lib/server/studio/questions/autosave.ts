/**
 * Drafts kept while the author types (issue 9, "nothing lost"): the page posts the form for
 * checking on every change, and the check keeps the draft here first, so a closed tab, a crash
 * or a restart loses at most the last change. One file per question being edited, under
 * DATA_DIR/studio-drafts/<topic>/editing/ (beside drafts.ts's refused saves, which it does not
 * list), written atomically; a save or "Discard" removes it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuestionDraft } from './model';

export interface EditDraft {
	/** ISO 8601 time it was kept. */
	kept: string;
	/** The bank's version (sha256) the author started from: a save is checked against it. */
	version: string;
	draft: QuestionDraft;
}

/** `bank` and `question` are checked ids ("new" for a question not saved yet). */
function fileOf(dir: string, topic: string, bank: string, question: string): string {
	return join(dir, topic, 'editing', `${bank}--${question}.json`);
}

/** Writes of one draft file, one after the other, so an older keystroke never lands last. */
const writing = new Map<string, Promise<unknown>>();

/** Keeps (replaces) the draft of one question. */
export function keepEdit(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	draft: Omit<EditDraft, 'kept'>,
	now = new Date()
): Promise<void> {
	return queued(fileOf(dir, topic, bank, question), () =>
		writeEdit(dir, topic, bank, question, draft, now)
	);
}

/**
 * Keeps a live check's draft unless a save was made from its version (closeEdit), or the author
 * discarded the draft after the page that sent it was opened (`opened`, ISO 8601 server time;
 * see discardEdit); in the same queue as both, so a check answered while a save or a discard
 * finishes never lands after it.
 */
export function keepCheckedEdit(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	draft: Omit<EditDraft, 'kept'>,
	opened?: string
): Promise<void> {
	return queued(fileOf(dir, topic, bank, question), async () => {
		if (await savedFrom(dir, topic, bank, question, draft.version)) return;
		if (opened && (await discardedSince(dir, topic, bank, question, opened))) return;
		await writeEdit(dir, topic, bank, question, draft);
	});
}

/** Runs `job` after every earlier job on `file`. */
function queued(file: string, job: () => Promise<void>): Promise<void> {
	const run = (writing.get(file) ?? Promise.resolve()).then(job);
	const settled = run.catch(() => undefined);
	writing.set(file, settled);
	void settled.then(() => {
		if (writing.get(file) === settled) writing.delete(file);
	});
	return run;
}

async function writeEdit(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	draft: Omit<EditDraft, 'kept'>,
	now = new Date()
): Promise<void> {
	const file = fileOf(dir, topic, bank, question);
	await mkdir(join(dir, topic, 'editing'), { recursive: true });
	const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
	await writeFile(temp, JSON.stringify({ kept: now.toISOString(), ...draft }) + '\n', 'utf8');
	await rename(temp, file);
}

/** The kept draft of one question, or null. */
export async function readEdit(
	dir: string,
	topic: string,
	bank: string,
	question: string
): Promise<EditDraft | null> {
	try {
		return JSON.parse(await readFile(fileOf(dir, topic, bank, question), 'utf8')) as EditDraft;
	} catch {
		return null;
	}
}

/** Forgets the kept draft (after a save, or when the author discards it). */
export async function dropEdit(dir: string, topic: string, bank: string, question: string) {
	await rm(fileOf(dir, topic, bank, question), { force: true });
}

/**
 * What the editor remembers about a draft once it is gone: when it was discarded, or from which
 * bank version it was saved. Kept beside the draft's own file.
 */
type Mark = 'discarded' | 'saved';

const markOf = (dir: string, topic: string, bank: string, question: string, mark: Mark) =>
	`${fileOf(dir, topic, bank, question).slice(0, -'.json'.length)}.${mark}`;

/** Forgets the kept draft and writes `mark` with `value`, in the draft's queue. */
async function dropWithMark(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	mark: Mark,
	value: string
) {
	await queued(fileOf(dir, topic, bank, question), async () => {
		await dropEdit(dir, topic, bank, question);
		await mkdir(join(dir, topic, 'editing'), { recursive: true });
		await writeFile(markOf(dir, topic, bank, question, mark), value, 'utf8');
	});
}

/** The value of `mark`, or undefined when there is none. */
async function readMark(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	mark: Mark
): Promise<string | undefined> {
	return readFile(markOf(dir, topic, bank, question, mark), 'utf8').catch(() => undefined);
}

/**
 * "Discard": forgets the kept draft and remembers when (ISO 8601), so that a check the page sent
 * before it (its last debounced check, or the beacon sent as the page goes) does not keep the
 * discarded draft again: the editor reopened it as unsaved.
 */
export async function discardEdit(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	now = new Date()
) {
	await dropWithMark(dir, topic, bank, question, 'discarded', now.toISOString());
}

/** Whether the draft was discarded after `opened` (ISO 8601 times compare as text). */
async function discardedSince(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	opened: string
): Promise<boolean> {
	const at = await readMark(dir, topic, bank, question, 'discarded');
	return at !== undefined && at > opened;
}

/**
 * After a save made from bank version `version`: forgets the kept draft and remembers that
 * version, so a live check still on its way (posted before Save, answered after it, on a busy
 * machine by seconds) does not keep it again; the editor then reopened the saved or, for a new
 * question, the previous question as unsaved, and its next save was refused as a conflict.
 */
export async function closeEdit(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	version: string
) {
	await dropWithMark(dir, topic, bank, question, 'saved', version);
}

/** Whether a draft opened on bank version `version` was saved already (see closeEdit). */
export async function savedFrom(
	dir: string,
	topic: string,
	bank: string,
	question: string,
	version: string
): Promise<boolean> {
	return (await readMark(dir, topic, bank, question, 'saved')) === version;
}

/**
 * Keeps the bank text an editor was opened on, by its version, so that a refused save (another
 * tab or editor saved first) can show what changed on disk since.
 */
export async function keepOpened(dir: string, topic: string, version: string, text: string) {
	if (!/^sha256-[0-9a-f]{64}$/.test(version)) return;
	const folder = join(dir, topic, 'opened');
	await mkdir(folder, { recursive: true });
	const temp = join(folder, `.${randomBytes(4).toString('hex')}.tmp`);
	await writeFile(temp, text, 'utf8');
	await rename(temp, join(folder, `${version}.yaml`));
}

/** The bank text of `version` kept by `keepOpened`, or '' when unknown. */
export async function readOpened(dir: string, topic: string, version: string): Promise<string> {
	if (!/^sha256-[0-9a-f]{64}$/.test(version)) return '';
	return readFile(join(dir, topic, 'opened', `${version}.yaml`), 'utf8').catch(() => '');
}
