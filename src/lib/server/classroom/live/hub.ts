/**
 * Routes classroom events from NOTIFY to this instance's open event streams. The teacher's streams
 * see every event of their session; a student's stream sees state changes and only that student's
 * own answers (so 2,000 answers do not wake 2,000 streams each).
 */
import { parseEvent, type ClassroomEvent } from './events';

export type HubMessage = ClassroomEvent | { t: 'gap' };
export type HubListener = (message: HubMessage) => void;

interface SessionListeners {
	hosts: Set<HubListener>;
	students: Map<string, Set<HubListener>>;
}

export class Hub {
	#sessions = new Map<string, SessionListeners>();

	/** `observe` sees every event first (the session cache drops stale rows there). */
	constructor(private readonly observe: (message: HubMessage) => void = () => {}) {}

	/** Returns the function that unsubscribes. `studentId` null means the teacher. */
	subscribe(sessionId: string, studentId: string | null, listener: HubListener): () => void {
		let entry = this.#sessions.get(sessionId);
		if (!entry) this.#sessions.set(sessionId, (entry = { hosts: new Set(), students: new Map() }));
		const set =
			studentId === null
				? entry.hosts
				: (entry.students.get(studentId) ??
					entry.students.set(studentId, new Set()).get(studentId)!);
		set.add(listener);
		return () => {
			set.delete(listener);
			if (studentId !== null && set.size === 0) entry.students.delete(studentId);
			if (entry.hosts.size === 0 && entry.students.size === 0) this.#sessions.delete(sessionId);
		};
	}

	/** A NOTIFY payload arrived. Malformed payloads are ignored: they cannot come from us. */
	deliver(payload: string): void {
		const event = parseEvent(payload);
		if (!event) return;
		this.observe(event);
		const entry = this.#sessions.get(event.s);
		if (!entry) return;
		for (const listener of entry.hosts) safely(listener, event);
		if (event.t === 'answer') {
			for (const listener of entry.students.get(event.st) ?? []) safely(listener, event);
		} else if (event.t === 'state') {
			for (const set of entry.students.values()) for (const l of set) safely(l, event);
		}
	}

	/** The LISTEN connection was lost and is back: every stream must reload what it shows. */
	gap(): void {
		this.observe({ t: 'gap' });
		for (const entry of this.#sessions.values()) {
			for (const listener of entry.hosts) safely(listener, { t: 'gap' });
			for (const set of entry.students.values()) for (const l of set) safely(l, { t: 'gap' });
		}
	}
}

function safely(listener: HubListener, message: HubMessage) {
	try {
		listener(message);
	} catch (error) {
		console.error('[classroom] event listener failed:', error);
	}
}
