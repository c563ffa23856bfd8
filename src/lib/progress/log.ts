/**
 * The learner's progress as this browser stores it: an append-only log of answers and steps seen
 * (no account, nothing sent anywhere). The pages a student works on only append to it, with a
 * few lines of their own (static/quiz.js, static/explainer.js) in this same format; scheduling
 * (FSRS) happens only where progress is shown, by replaying the log (`load.ts`).
 */
import { LEGACY_TOPIC } from '../legacy';

export type LogEntry =
	| {
			k: 'a';
			/** The topic (content folder); missing in logs from before topics (the first topic). */
			topic?: string;
			/** Public question id (unique within its topic). */
			id: string;
			ok: boolean;
			bank: string;
			topics: string[];
			/** ms since 1970, by this device's clock (which may have been wrong). */
			at: number;
			/** The quiz attempt (its seed): one answer per question and attempt is logged. */
			att?: string;
	  }
	| { k: 's'; topic?: string; x: string; s: string; at: number };

export const LOG_KEY = 'sourced:log:v1';
/** Oldest entries are dropped beyond this many. */
export const MAX_ENTRIES = 5000;

/**
 * What storage holds, unchecked: `entries` is the stored array (any items at all), `damaged` is
 * true when a value is stored but is not a JSON array. Nothing is thrown: no storage (server,
 * private mode, policy) reads as an empty log.
 */
export function readStored(): { entries: unknown[]; damaged: boolean } {
	let text: string | null;
	try {
		text = localStorage.getItem(LOG_KEY);
	} catch {
		return { entries: [], damaged: false };
	}
	if (text === null) return { entries: [], damaged: false };
	try {
		const parsed: unknown = JSON.parse(text);
		return Array.isArray(parsed)
			? { entries: parsed, damaged: false }
			: { entries: [], damaged: true };
	} catch {
		return { entries: [], damaged: true };
	}
}

/** Replaces the stored log (keeping the newest MAX_ENTRIES); false when storage refused it. */
export function writeLog(entries: unknown[]): boolean {
	try {
		localStorage.setItem(LOG_KEY, JSON.stringify(entries.slice(-MAX_ENTRIES)));
		return true;
	} catch {
		return false;
	}
}

/**
 * Appends one answer (`ok`: right or wrong) to the log, stamped with this device's clock. A log
 * that is damaged (not an array) is started afresh, as the progress page would read it.
 * `att` names the attempt (a quiz's seed, a live session's id): one answer per question in it.
 */
export function logAnswer(
	topic: string,
	id: string,
	ok: boolean,
	bank: string,
	topics: string[],
	att?: string
): boolean {
	const { entries } = readStored();
	const entry: LogEntry = {
		k: 'a',
		topic,
		id,
		ok,
		bank,
		topics,
		at: Date.now(),
		...(att ? { att } : {})
	};
	return writeLog([...entries, entry]);
}

export function clearLog() {
	try {
		localStorage.removeItem(LOG_KEY);
	} catch {
		/* nothing to clear */
	}
}

/**
 * Distinct steps of `explainer` of `topic` seen, from the stored log (entries without a topic
 * are the first topic's); anything malformed is ignored.
 */
export function stepsSeen(topic: string, explainer: string): number {
	const steps = new Set<string>();
	for (const e of readStored().entries) {
		if (!e || typeof e !== 'object' || !('k' in e) || e.k !== 's') continue;
		if (!('x' in e) || e.x !== explainer) continue;
		const own = 'topic' in e && typeof e.topic === 'string' ? e.topic : LEGACY_TOPIC;
		if (own === topic && 's' in e && typeof e.s === 'string') steps.add(e.s);
	}
	return steps.size;
}
