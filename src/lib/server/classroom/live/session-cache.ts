/**
 * This instance's copy of session rows. Every change to a session sends a NOTIFY with its new
 * revision, so a cached row is dropped the moment it goes stale, and when the teacher opens a
 * question, 2,000 student streams share one read instead of making 2,000. Rules that must hold
 * (is this question open?) are checked again inside the SQL that acts, never only here.
 */
import type { Db } from '../store/database';
import type { SessionRow } from '../store/schema';
import { getSession } from '../store/sessions';

export class SessionCache {
	#rows = new Map<string, SessionRow>();
	#reads = new Map<string, Promise<SessionRow | undefined>>();
	/** The newest revision NOTIFY announced per session: no older row is served or kept. */
	#announced = new Map<string, number>();

	constructor(private readonly db: Db) {}

	/** A row at least as new as `rev` (any cached row when omitted; `latest` reads anew). */
	async get(id: string, rev: number | 'latest' = -1): Promise<SessionRow | undefined> {
		if (rev !== 'latest') rev = Math.max(rev, this.#announced.get(id) ?? -1);
		const cached = this.#rows.get(id);
		if (rev !== 'latest' && cached && cached.rev >= rev) return cached;
		let read = rev === 'latest' ? undefined : this.#reads.get(id);
		if (!read) {
			read = getSession(this.db, id).finally(() => {
				if (this.#reads.get(id) === read) this.#reads.delete(id);
			});
			this.#reads.set(id, read);
		}
		const row = await read;
		if (row) this.remember(row);
		// A read that started before the change may be older than asked for: read again.
		if (row && rev !== 'latest' && row.rev < rev) return this.get(id, 'latest');
		return row;
	}

	/** Keeps `row` unless a newer revision is already here. */
	remember(row: SessionRow): void {
		const cached = this.#rows.get(row.id);
		if (cached && cached.rev > row.rev) return;
		// A read that started before a change must not bring the old row back.
		if (row.rev < (this.#announced.get(row.id) ?? -1)) return;
		if (this.#rows.size > 10_000) this.#rows.clear();
		this.#rows.set(row.id, row);
	}

	/** NOTIFY said session `id` is now at revision `rev`: drop an older row. */
	announce(id: string, rev: number): void {
		if (rev > (this.#announced.get(id) ?? -1)) {
			if (this.#announced.size > 10_000) this.#announced.clear();
			this.#announced.set(id, rev);
		}
		if ((this.#rows.get(id)?.rev ?? Infinity) < rev) this.#rows.delete(id);
	}

	clear(): void {
		this.#rows.clear();
	}
}
