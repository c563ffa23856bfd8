/**
 * The log's entries, checked: what `replay` is given and what an imported file must hold. Loaded
 * only where progress is shown or moved (zod stays off the quiz and explainer pages).
 */
import { z } from 'zod';
import { progressKey } from './core';
import type { LogEntry } from './log';

const id = z.string().min(1).max(200);
/** ms since 1970; a damaged clock can be years off, but not before 2000 or past 2200. */
const at = z.number().int().min(946_684_800_000).max(7_258_118_400_000);

export const LogEntrySchema = z.discriminatedUnion('k', [
	z.object({
		k: z.literal('a'),
		topic: id.optional(),
		id,
		ok: z.boolean(),
		bank: z.string().max(200),
		topics: z.array(id).max(50),
		at,
		att: z.string().min(1).max(64).optional()
	}),
	z.object({ k: z.literal('s'), topic: id.optional(), x: id, s: id, at })
]) satisfies z.ZodType<LogEntry>;

/** The entries that are well formed (unknown fields dropped), and how many were not. */
export function checkedEntries(raw: unknown[]): { entries: LogEntry[]; skipped: number } {
	const entries: LogEntry[] = [];
	for (const e of raw) {
		const parsed = LogEntrySchema.safeParse(e);
		if (parsed.success) entries.push(parsed.data);
	}
	return { entries, skipped: raw.length - entries.length };
}

/** Two entries are the same event when they agree on every field that matters. */
export function entryKey(e: LogEntry): string {
	return e.k === 'a'
		? JSON.stringify(['a', progressKey(e.topic, e.id), e.ok, e.at, e.att ?? null])
		: JSON.stringify(['s', progressKey(e.topic, e.x), e.s, e.at]);
}
