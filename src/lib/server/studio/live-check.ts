/**
 * Checked as you type: the problems `npm run validate` would report for one topic if a draft's
 * changes were saved, fast enough to run on every keystroke (issue 9, within 300 ms on today's
 * topic). Each topic keeps one incremental validator (`createValidator`, the one validator's
 * incremental API) holding the files on disk; a check applies the draft's changes to it, so only
 * the files the draft touches are read again, and the next check puts back what the last one
 * changed. Before each check the topic's files are stat'ed: a file changed on disk (a save, a
 * `git pull`, another editor) is read again, so the answer always reflects the disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkTopicFile, markTopicCatalog } from '../content/build-library';
import type { Catalog } from '../content/catalog';
import { Problems, type Problem } from '../content/problems';
import { createValidator, type Validator } from '../content/validator';

const TOPIC_FILE = 'topic.yaml';
const CONTENT = /\.(ya?ml|md|txt)$/;

interface Cached {
	validator: Validator;
	/** Path (in the topic) → "mtime:size" of the file as the validator holds it. */
	stamps: Map<string, string>;
	/** Texts on disk, so a draft's change can be put back. */
	disk: Map<string, string>;
	/** Paths the last check replaced with a draft's text (or deleted). */
	drafted: Set<string>;
}

const cache = new Map<string, Cached>();

/** Path (relative to the topic folder, "/"-separated) → "mtime:size" of every content file. */
function stampsOf(folder: string): Map<string, string> {
	const stamps = new Map<string, string>();
	if (!existsSync(folder)) return stamps;
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !CONTENT.test(entry.name)) continue;
		const full = join(entry.parentPath, entry.name);
		const stat = statSync(full);
		stamps.set(relative(folder, full).split(sep).join('/'), `${stat.mtimeMs}:${stat.size}`);
	}
	return stamps;
}

/** The topic's validator, brought up to date with the disk (changed files read again). */
function upToDate(folder: string, shown: string): Cached {
	const stamps = stampsOf(folder);
	let kept = cache.get(folder);
	if (!kept) {
		const disk = new Map<string, string>();
		for (const path of stamps.keys()) disk.set(path, readFileSync(join(folder, path), 'utf8'));
		const validator = createValidator(contentOf(disk), shown);
		kept = { validator, stamps, disk, drafted: new Set() };
		cache.set(folder, kept);
		return kept;
	}
	for (const [path, stamp] of stamps) {
		if (kept.stamps.get(path) === stamp) continue;
		kept.disk.set(path, readFileSync(join(folder, path), 'utf8'));
		kept.drafted.add(path); // put back from disk by the next check
	}
	for (const path of kept.stamps.keys()) {
		if (stamps.has(path)) continue;
		kept.disk.delete(path);
		kept.drafted.add(path);
	}
	kept.stamps = stamps;
	return kept;
}

/** The files `createValidator` takes: everything but topic.yaml, which is checked on its own. */
function contentOf(files: Map<string, string>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [path, text] of files) if (path !== TOPIC_FILE) out[path] = text;
	return out;
}

/**
 * The problems of topic `topic` as they would be with `changes` applied (see `draftBuild`).
 * @param root the content folder (absolute), holding `<topic>/topic.yaml`
 * @param topic a checked topic id
 * @param changes path relative to the topic folder ("banks/x.yaml") → the draft's text, or null
 *   for a file the draft deletes
 * @returns errors and warnings, as `npm run validate` prints them (file:line:column, files named
 *   from the content folder's parent), errors first then warnings, each in file/line order
 */
export function checkDraft(
	root: string,
	topic: string,
	changes: Record<string, string | null>
): Problem[] {
	return draftBuild(root, topic, changes).problems;
}

/**
 * The topic's catalog and problems as they would be with `changes` applied: what a preview
 * shows and `checkDraft` reports. Arguments as for `checkDraft`.
 */
export function draftBuild(
	root: string,
	topic: string,
	changes: Record<string, string | null>
): { catalog: Catalog; problems: Problem[] } {
	const shownRoot = relative(process.cwd(), root) || '.';
	const folder = join(root, topic);
	const shown = shownRoot === '.' ? topic : `${shownRoot}/${topic}`;
	const kept = upToDate(folder, shown);
	// What the validator must change: this draft's files, and the last draft's files back to disk.
	const update: Record<string, string | null> = {};
	for (const path of kept.drafted) {
		if (path !== TOPIC_FILE) update[path] = kept.disk.get(path) ?? null;
	}
	kept.drafted = new Set();
	for (const [path, text] of Object.entries(changes)) {
		if (path !== TOPIC_FILE) update[path] = text;
		kept.drafted.add(path);
	}
	const result =
		Object.keys(update).length > 0 ? kept.validator.update(update) : kept.validator.result;
	const topicText = TOPIC_FILE in changes ? changes[TOPIC_FILE] : kept.disk.get(TOPIC_FILE);
	const problems = new Problems();
	if (topicText === null || topicText === undefined) {
		problems.add(
			'error',
			{ file: `${shown}/${TOPIC_FILE}`, line: 1, column: 1 },
			'topic-file',
			`topic "${topic}" has no ${TOPIC_FILE}: add one with title, summary, language and audience`
		);
	} else {
		const meta = checkTopicFile(`${shown}/${TOPIC_FILE}`, topicText, result.catalog, problems);
		if (meta) markTopicCatalog(result.catalog, topic);
	}
	const order = (a: Problem, b: Problem) =>
		a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
	return {
		catalog: result.catalog,
		problems: [
			...[...result.errors, ...problems.errors].sort(order),
			...[...result.warnings, ...problems.warnings].sort(order)
		]
	};
}

/** Forget every cached topic (tests; a save needs no call: the stat check sees its writes). */
export function forgetChecks(): void {
	cache.clear();
}
