/**
 * Moving progress between devices: a JSON file with the log's entries, and importing one, which
 * merges it into this browser's log without duplicates. Loaded only when the learner asks.
 */
import { m } from '../paraglide/messages.js';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { LogEntrySchema, checkedEntries, entryKey } from './entries';
import { MAX_ENTRIES, type LogEntry } from './log';

export const FILE_FORMAT = 'sourced-progress';

const FileSchema = z.object({
	format: z.literal(FILE_FORMAT),
	version: z.literal(1),
	exported: z.optional(z.string().check(z.maxLength(40))),
	entries: z.array(LogEntrySchema).check(z.maxLength(MAX_ENTRIES * 10))
});

// zod/mini has no words for its issues until a locale is loaded; a damaged file's message names
// the issue ("expected number, received string"), so they load here, with the import itself.
z.config(en());

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

/**
 * Merges the text of an export file into the stored log. `log` is the new log to store: every
 * stored item kept as it was (even ones this version cannot read: importing loses nothing), then
 * the file's entries not already there. Never throws; a bad file gives a message saying why.
 */
export function importProgress(text: string, stored: unknown[]): ImportResult {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, message: `${notOurs()} ${m.progress_file_not_json()}` };
	}
	const parsed = FileSchema.safeParse(json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const where = issue.path.join('.');
		const format = (json as { format?: unknown } | null)?.format;
		return {
			ok: false,
			message:
				format === FILE_FORMAT
					? where
						? m.progress_file_damaged_at({ where, issue: issue.message })
						: m.progress_file_damaged({ issue: issue.message })
					: notOurs()
		};
	}
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
