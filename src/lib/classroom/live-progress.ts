/**
 * Questions a student answered in a live session go into her own progress log (and so into spaced
 * review), once each, after the answer is revealed to her. Needs JavaScript, like all progress.
 */
import { logAnswer } from '$lib/progress/log';
import type { Reveal } from './types';

const KEY = 'sourced:live-logged:v1';
const MAX = 2000;

function logged(): string[] {
	try {
		const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]');
		return Array.isArray(parsed) ? parsed : [];
	} catch {
		return [];
	}
}

/** Logs every answered reveal of `sessionId` not logged before on this device. */
export function logRevealed(sessionId: string, reveals: Reveal[]): void {
	const fresh = reveals.filter((r) => r.choice !== null && r.correct !== null);
	if (fresh.length === 0) return;
	const done = logged();
	let changed = false;
	for (const r of fresh) {
		const key = `${sessionId}:${r.questionId}`;
		if (done.includes(key)) continue;
		logAnswer(
			r.progress.topic,
			r.progress.id,
			r.correct!,
			r.progress.bank,
			r.progress.topics,
			sessionId
		);
		done.push(key);
		changed = true;
	}
	if (!changed) return;
	try {
		localStorage.setItem(KEY, JSON.stringify(done.slice(-MAX)));
	} catch {
		/* storage full or blocked: progress is best-effort */
	}
}
