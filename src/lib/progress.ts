/**
 * Browser storage for progress. ts-fsrs is loaded only when an answer is recorded, so it never
 * weighs on a page's first load.
 */
import { browser } from '$app/environment';
import {
	emptyProgress,
	parseProgress,
	withAnswer,
	withStepSeen,
	type Progress,
	type Scheduler
} from './progress-core';

const KEY = 'sourced:progress:v1';

export function readProgress(): Progress {
	if (!browser) return emptyProgress();
	try {
		return parseProgress(localStorage.getItem(KEY));
	} catch {
		return emptyProgress(); // storage blocked (private mode, policy): progress is simply not kept
	}
}

function write(p: Progress) {
	try {
		localStorage.setItem(KEY, JSON.stringify(p));
	} catch {
		/* storage full or blocked: progress is best-effort */
	}
}

let scheduler: Promise<Scheduler> | undefined;
function loadScheduler(): Promise<Scheduler> {
	scheduler ??= import('ts-fsrs').then(({ fsrs, createEmptyCard, Rating }) => ({
		fsrs: fsrs(),
		emptyCard: (now: Date) => createEmptyCard(now),
		again: Rating.Again,
		good: Rating.Good
	}));
	return scheduler;
}

export async function recordAnswer(id: string, correct: boolean, bank: string, topics: string[]) {
	if (!browser) return;
	const s = await loadScheduler();
	write(withAnswer(readProgress(), { id, correct, bank, topics }, s));
}

export function recordStep(explainer: string, step: string) {
	if (browser) write(withStepSeen(readProgress(), explainer, step));
}

export function clearProgress() {
	try {
		localStorage.removeItem(KEY);
	} catch {
		/* nothing to clear */
	}
}
