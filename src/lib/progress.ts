/**
 * Progress for the pages that show it: the browser's log replayed through FSRS. ts-fsrs is
 * imported only here, on demand, so quiz and explainer pages never load it.
 */
import { clearLog, readLog } from './progress-log';
import { emptyProgress, replay, type Progress } from './progress-core';

export async function loadProgress(): Promise<Progress> {
	const log = readLog();
	if (log.length === 0) return emptyProgress();
	const { fsrs, createEmptyCard, Rating } = await import('ts-fsrs');
	return replay(log, {
		fsrs: fsrs(),
		emptyCard: (now: Date) => createEmptyCard(now),
		again: Rating.Again,
		good: Rating.Good
	});
}

export const clearProgress = clearLog;
