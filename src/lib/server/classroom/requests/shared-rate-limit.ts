/**
 * Token buckets kept in the shared database, one row per limit and key, so every app instance on
 * one PostgreSQL server draws from the same bucket. Each attempt is one statement that refills
 * the bucket for the time since its last use, takes a token if there is one, and says whether it
 * did; the row lock makes concurrent attempts (from any instance) queue, so none is counted twice
 * or lost. Times are the database server's (`now()`), so instances' clocks need not agree.
 */
import { sql } from 'kysely';
import type { Db } from '../store/database';
import type { RateLimit } from './rate-limit';

/** How often this instance deletes buckets that have refilled (they carry no information). */
const SWEEP_MS = 60_000;

export class SharedRateLimit implements RateLimit {
	#lastSweep = Date.now();

	/** `name` keeps limits apart in the one table; `burst` tokens at most, `perSecond` refill. */
	constructor(
		private readonly db: Db,
		private readonly name: string,
		private readonly burst: number,
		private readonly perSecond: number
	) {}

	async take(key: string): Promise<boolean> {
		this.#sweepNow();
		const { burst, perSecond: rate } = this;
		// `refilled` is the bucket as it stands now; the update only happens when it holds a token,
		// and `full_at` is when it will be full again (what the sweep looks at).
		const { rows } = await sql<{ tokens: number }>`
			insert into classroom_rate_limit as b (key, tokens, at, full_at)
			values (${this.#key(key)}, ${burst - 1}::float8, now(),
				now() + make_interval(secs => 1 / ${rate}::float8))
			on conflict (key) do update set
				tokens = least(${burst}::float8,
					b.tokens + greatest(0, extract(epoch from now() - b.at)) * ${rate}::float8) - 1,
				at = now(),
				full_at = now() + make_interval(secs => (${burst}::float8 - (least(${burst}::float8,
					b.tokens + greatest(0, extract(epoch from now() - b.at)) * ${rate}::float8) - 1))
					/ ${rate}::float8)
			where least(${burst}::float8,
				b.tokens + greatest(0, extract(epoch from now() - b.at)) * ${rate}::float8) >= 1
			returning tokens`.execute(this.db);
		return rows.length > 0;
	}

	async peek(key: string): Promise<boolean> {
		const { rows } = await sql<{ ok: boolean }>`
			select least(${this.burst}::float8,
				tokens + greatest(0, extract(epoch from now() - at)) * ${this.perSecond}::float8) >= 1 as ok
			from classroom_rate_limit where key = ${this.#key(key)}`.execute(this.db);
		return rows[0]?.ok ?? true;
	}

	#key(key: string) {
		return `${this.name}:${key}`;
	}

	#sweepNow() {
		if (Date.now() - this.#lastSweep < SWEEP_MS) return;
		this.#lastSweep = Date.now();
		sql`delete from classroom_rate_limit where full_at < now()`
			.execute(this.db)
			.catch((error: Error) => console.error('[classroom] rate-limit sweep:', error.message));
	}
}
