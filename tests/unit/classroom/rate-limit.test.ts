import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/lib/server/classroom/requests/rate-limit';

describe('RateLimiter', () => {
	it('allows a burst, then refills at its rate', () => {
		let now = 0;
		const limit = new RateLimiter(3, 1, () => now);
		expect([1, 2, 3, 4].map(() => limit.take('a'))).toEqual([true, true, true, false]);
		expect(limit.take('b')).toBe(true); // keys are independent
		now = 999;
		expect(limit.take('a')).toBe(false);
		now = 1000;
		expect(limit.take('a')).toBe(true);
		now = 60_000;
		expect(limit.peek('a')).toBe(true);
		expect([1, 2, 3, 4].map(() => limit.take('a'))).toEqual([true, true, true, false]);
	});

	it('forgets refilled buckets so memory stays bounded', () => {
		let now = 0;
		const limit = new RateLimiter(1, 1, () => now);
		for (let i = 0; i < 50_001; i++) limit.take(`k${i}`);
		now = 10_000;
		limit.take('last');
		expect(limit.peek('k1')).toBe(true);
	});
});
