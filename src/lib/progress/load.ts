/**
 * Progress for the pages that show it: the browser's log checked and replayed through FSRS.
 * ts-fsrs and zod are imported only here, on demand, so quiz and explainer pages never load them.
 */
import { clearLog, readStored } from './log';
import { emptyProgress, replay, type Progress } from './core';

export interface LoadedProgress {
	progress: Progress;
	/** Stored entries left out because they were malformed or of an unknown kind. */
	skipped: number;
	/** Something is stored but it is not a log at all (not a JSON array). */
	damaged: boolean;
}

/** Never rejects: whatever the log holds, the caller gets a progress to show. */
export async function loadProgress(now = Date.now()): Promise<LoadedProgress> {
	const { entries: raw, damaged } = readStored();
	if (raw.length === 0) return { progress: emptyProgress(), skipped: 0, damaged };
	try {
		const [{ fsrs, createEmptyCard, Rating }, { checkedEntries }] = await Promise.all([
			import('ts-fsrs'),
			import('./entries')
		]);
		const { entries, skipped } = checkedEntries(raw);
		const scheduler = {
			fsrs: fsrs(),
			emptyCard: (d: Date) => createEmptyCard(d),
			again: Rating.Again,
			good: Rating.Good
		};
		return { progress: replay(entries, scheduler, now), skipped, damaged };
	} catch (error) {
		console.error('Progress could not be replayed:', error);
		return { progress: emptyProgress(), skipped: raw.length, damaged: true };
	}
}

export const clearProgress = clearLog;
