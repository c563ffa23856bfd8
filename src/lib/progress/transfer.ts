/**
 * Moving progress between devices: a JSON file with the log's entries, and importing one, which
 * merges it into this browser's log without duplicates. Loaded only when the learner asks.
 */
import { m } from '../paraglide/messages.js';
import * as z from 'zod/mini';
import { LogEntrySchema, checkedEntries, entryKey } from './entries';
import { fileProblemMessage, type FileIssue } from './file-problems';
import { MAX_ENTRIES, type LogEntry } from './log';

export const FILE_FORMAT = 'sourced-progress';

const FileSchema = z.object({
	format: z.literal(FILE_FORMAT),
	version: z.literal(1),
	exported: z.optional(z.string().check(z.maxLength(40))),
	entries: z.array(LogEntrySchema).check(z.maxLength(MAX_ENTRIES * 10))
});

/** The export file's text for the stored log (its well-formed entries). */
export function progressFile(stored: unknown[], now = new Date()): string {
	const { entries } = checkedEntries(stored);
	return JSON.stringify(
		{ format: FILE_FORMAT, version: 1, exported: now.toISOString(), entries },
		null,
		1
	);
}

/** A suggested file name, e.g. "sourced-progress-2026-01-31.json". */
export const progressFileName = (now = new Date()) =>
	`sourced-progress-${now.toISOString().slice(0, 10)}.json`;

export type ImportResult =
	{ ok: true; log: unknown[]; added: number; already: number } | { ok: false; message: string };

const notOurs = () => m.progress_file_not_ours();
/** A file that begins as ours does (cut short or edited, it may no longer be JSON). */
const looksOurs = (text: string) =>
	new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${FILE_FORMAT}"`).test(text.slice(0, 200));

/** Why a parsed file that failed the check is refused; `issue` is the check's first. */
function refusal(json: unknown, issue: FileIssue): string {
	const file = json as { format?: unknown; version?: unknown } | null;
	if (file?.format !== FILE_FORMAT) return notOurs();
	// A later Sourced may write a version this one cannot read: say so rather than "damaged".
	if (typeof file.version === 'number' && Number.isInteger(file.version) && file.version > 1)
		return m.progress_file_newer({ found: String(file.version), supported: '1' });
	return fileProblemMessage(json, issue);
}

/**
 * Merges the text of an export file into the stored log. `log` is the new log to store: every
 * stored item kept as it was (even ones this version cannot read: importing loses nothing), then
 * the file's entries not already there. Never throws; a bad file gives a message saying why, in
 * the page's language.
 */
export function importProgress(text: string, stored: unknown[]): ImportResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		const message = looksOurs(text)
			? m.progress_file_incomplete()
			: `${notOurs()} ${m.progress_file_not_json()}`;
		return { ok: false, message };
	}
	const parsed = FileSchema.safeParse(json);
	if (!parsed.success) return { ok: false, message: refusal(json, parsed.error.issues[0]!) };
	const seen = new Set(checkedEntries(stored).entries.map(entryKey));
	const added: LogEntry[] = [];
	for (const e of parsed.data.entries) {
		const key = entryKey(e);
		if (seen.has(key)) continue;
		seen.add(key);
		added.push(e);
	}
	return {
		ok: true,
		log: [...stored, ...added],
		added: added.length,
		already: parsed.data.entries.length - added.length
	};
}
