/**
 * What quiz and explainer pages write: an append-only log of answers and steps seen, in this
 * browser's storage. Deliberately tiny — scheduling (FSRS) happens only where progress is shown,
 * by replaying this log, so the pages a student works on ship no scheduler code.
 */
export type LogEntry =
	| { k: 'a'; id: string; ok: boolean; bank: string; topics: string[]; at: number }
	| { k: 's'; x: string; s: string; at: number };

const KEY = 'sourced:log:v1';
const MAX_ENTRIES = 5000;

export function readLog(): LogEntry[] {
	try {
		const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]');
		return Array.isArray(parsed) ? parsed : [];
	} catch {
		return []; // no storage (server, private mode, policy) or a damaged value
	}
}

function append(entry: LogEntry) {
	try {
		const log = readLog();
		log.push(entry);
		localStorage.setItem(KEY, JSON.stringify(log.slice(-MAX_ENTRIES)));
	} catch {
		/* storage full or blocked: progress is best-effort */
	}
}

export const logAnswer = (id: string, ok: boolean, bank: string, topics: string[]) =>
	append({ k: 'a', id, ok, bank, topics, at: Date.now() });

export const logStep = (explainer: string, step: string) =>
	append({ k: 's', x: explainer, s: step, at: Date.now() });

export function clearLog() {
	try {
		localStorage.removeItem(KEY);
	} catch {
		/* nothing to clear */
	}
}
