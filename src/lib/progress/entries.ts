/**
 * The log's entries, checked: what `replay` is given and what an imported file must hold. Loaded
 * only where progress is shown or moved (zod stays off the quiz and explainer pages).
 */
// zod/mini: the same checks as zod's classic API in a fraction of its size (this ships to the
// home and progress pages, src/lib/progress/browser/); messages in words come with transfer.ts.
import * as z from 'zod/mini';
import { progressKey } from './core';
import type { LogEntry } from './log';

const id = z.string().check(z.minLength(1), z.maxLength(200));
/** ms since 1970; a damaged clock can be years off, but not before 2000 or past 2200. */
const at = z.int().check(z.gte(946_684_800_000), z.lte(7_258_118_400_000));

export const LogEntrySchema = z.discriminatedUnion('k', [
	z.object({
		k: z.literal('a'),
		topic: z.optional(id),
		id,
		ok: z.boolean(),
		bank: z.string().check(z.maxLength(200)),
		topics: z.array(id).check(z.maxLength(50)),
		at,
		att: z.optional(z.string().check(z.minLength(1), z.maxLength(64)))
	}),
	z.object({ k: z.literal('s'), topic: z.optional(id), x: id, s: id, at })
]) satisfies z.ZodMiniType<LogEntry>;

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
