/**
 * Auto-reveal: when a teacher chose that answers reveal by themselves, the server reveals each
 * timed question at its deadline. The deadline is in the database, and every instance sweeps for
 * due questions once a second (one indexed statement that changes only what is due), so it happens
 * with any number of instances, and after a restart, without the teacher's page being open. The
 * instance that opened a question also sweeps right at its deadline, so the reveal is prompt.
 */
import type { Db } from '../store/database';
import type { SessionRow } from '../store/schema';
import { revealDue } from '../store/sessions';

export interface AutoReveal {
	/** Sweep once now (also what the timer runs). */
	sweep(): Promise<SessionRow[]>;
	/** Sweep again just after `deadline`. */
	at(deadline: Date): void;
	stop(): void;
}

export function startAutoReveal(
	db: Db,
	onRevealed: (row: SessionRow) => void,
	intervalMs = 1000
): AutoReveal {
	let stopped = false;
	let running: Promise<SessionRow[]> | null = null;
	let lastError = 0;
	const timers = new Set<ReturnType<typeof setTimeout>>();

	const sweep = () => {
		if (stopped) return Promise.resolve([]);
		running ??= revealDue(db)
			.then((rows) => {
				for (const row of rows) onRevealed(row);
				return rows;
			})
			.catch((error: Error) => {
				// A database that is briefly away (restarting, a lost connection): say so once a minute.
				if (!stopped && Date.now() - lastError > 60_000) {
					lastError = Date.now();
					console.error('[classroom] auto-reveal sweep failed:', error.message);
				}
				return [];
			})
			.finally(() => (running = null));
		return running;
	};
	const interval = setInterval(() => void sweep(), intervalMs);
	interval.unref();

	return {
		sweep,
		at(deadline) {
			const timer = setTimeout(
				() => {
					timers.delete(timer);
					void sweep();
				},
				Math.max(0, deadline.getTime() - Date.now() + 20)
			);
			timer.unref();
			timers.add(timer);
		},
		stop() {
			stopped = true;
			clearInterval(interval);
			for (const t of timers) clearTimeout(t);
		}
	};
}
