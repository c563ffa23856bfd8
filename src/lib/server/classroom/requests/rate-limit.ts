/**
 * Token buckets: `burst` tokens, refilled at a steady rate; an attempt takes one. With PGlite
 * (one process) they live in memory; with a PostgreSQL server (maybe several instances behind a
 * balancer) they live in the database (shared-rate-limit.ts), so two instances do not allow twice
 * the rate.
 */
export interface RateLimit {
	/** Takes one token for `key`; false when the bucket is empty. */
	take(key: string): boolean | Promise<boolean>;
	/** Whether `key` has a token left, without taking it. */
	peek(key: string): boolean | Promise<boolean>;
}

/** Token buckets in this process's memory. */
export class RateLimiter implements RateLimit {
	#buckets = new Map<string, { tokens: number; at: number }>();

	/** `burst` tokens at most, refilled at `perSecond`. */
	constructor(
		private readonly burst: number,
		private readonly perSecond: number,
		private readonly now: () => number = Date.now
	) {}

	/** Takes one token for `key`; false when the bucket is empty. */
	take(key: string): boolean {
		const now = this.now();
		const bucket = this.#buckets.get(key) ?? { tokens: this.burst, at: now };
		bucket.tokens = Math.min(
			this.burst,
			bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond
		);
		bucket.at = now;
		this.#buckets.set(key, bucket);
		if (this.#buckets.size > 50_000) this.#forgetFull(now);
		if (bucket.tokens < 1) return false;
		bucket.tokens -= 1;
		return true;
	}

	/** Whether `key` has a token left, without taking it. */
	peek(key: string): boolean {
		const bucket = this.#buckets.get(key);
		if (!bucket) return true;
		const elapsed = (this.now() - bucket.at) / 1000;
		return Math.min(this.burst, bucket.tokens + elapsed * this.perSecond) >= 1;
	}

	/** Buckets that have refilled carry no information; dropping them bounds the memory. */
	#forgetFull(now: number) {
		for (const [key, b] of this.#buckets) {
			if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst)
				this.#buckets.delete(key);
		}
	}
}
