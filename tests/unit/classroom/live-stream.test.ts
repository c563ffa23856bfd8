/**
 * The pages' live-update client: capped, jittered backoff after any failure (an error response
 * included, which EventSource itself never retries), a watchdog for silent connections, and a
 * status for the page's live region. Runs against a stand-in EventSource with fake timers.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DEFAULT_BACKOFF,
	openLiveStream,
	reconnectDelay,
	type LiveStatus
} from '../../../src/lib/classroom/live-stream';

class FakeSource extends EventTarget {
	static all: FakeSource[] = [];
	closed = false;
	constructor(readonly url: string) {
		super();
		FakeSource.all.push(this);
	}
	close() {
		this.closed = true;
	}
	emit(event: string, data: unknown) {
		this.dispatchEvent(new MessageEvent(event, { data: JSON.stringify(data) }));
	}
	error() {
		this.dispatchEvent(new Event('error'));
	}
}
const latest = () => FakeSource.all.at(-1)!;

describe('reconnectDelay', () => {
	it('doubles from the base, stays in the upper half of its cap, and never passes the maximum', () => {
		const { baseMs, maxMs } = DEFAULT_BACKOFF;
		for (let attempt = 0; attempt < 40; attempt++) {
			const cap = Math.min(maxMs, baseMs * 2 ** attempt);
			expect(reconnectDelay(attempt, DEFAULT_BACKOFF, () => 0)).toBe(cap / 2);
			expect(reconnectDelay(attempt, DEFAULT_BACKOFF, () => 0.999_999)).toBeLessThan(cap);
		}
		expect(reconnectDelay(100, DEFAULT_BACKOFF, () => 1)).toBe(maxMs);
	});
	it('spreads a class of clients out', () => {
		const delays = new Set(Array.from({ length: 50 }, () => Math.round(reconnectDelay(3))));
		expect(delays.size).toBeGreaterThan(10);
	});
});

describe('openLiveStream', () => {
	let statuses: LiveStatus[];
	let views: unknown[];
	let stop: () => void;
	beforeEach(() => {
		vi.useFakeTimers();
		FakeSource.all = [];
		vi.stubGlobal('EventSource', FakeSource);
		vi.stubGlobal('window', new EventTarget());
		vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
		statuses = [];
		views = [];
		stop = openLiveStream('/events', { view: (v: never) => views.push(v) }, (s) =>
			statuses.push(s)
		);
	});
	afterEach(() => {
		stop();
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('is live once the server speaks, and hands each event over parsed', () => {
		latest().emit('view', { rev: 1 });
		expect(statuses).toEqual(['live']);
		expect(views).toEqual([{ rev: 1 }]);
	});

	it('reconnects after an error with growing waits, and starts over once connected', () => {
		latest().emit('view', { rev: 1 });
		const waits: number[] = [];
		for (let i = 0; i < 6; i++) {
			const failed = latest();
			failed.error(); // e.g. a 502 from the proxy: EventSource would stay closed
			expect(failed.closed).toBe(true);
			const before = FakeSource.all.length;
			let waited = 0;
			while (FakeSource.all.length === before) {
				vi.advanceTimersByTime(50);
				waited += 50;
			}
			waits.push(waited);
		}
		expect(statuses).toEqual(['live', 'reconnecting']);
		expect(waits[5]!).toBeGreaterThan(waits[0]!);
		expect(Math.max(...waits)).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxMs + 50);
		latest().emit('view', { rev: 2 });
		expect(statuses.at(-1)).toBe('live');
		// The next failure waits as little as the first did.
		latest().error();
		const before = FakeSource.all.length;
		vi.advanceTimersByTime(DEFAULT_BACKOFF.baseMs);
		expect(FakeSource.all.length).toBe(before + 1);
		expect(views).toEqual([{ rev: 1 }, { rev: 2 }]);
	});

	it('treats a silent connection as dead, and pings as signs of life', () => {
		latest().emit('view', { rev: 1 });
		vi.advanceTimersByTime(DEFAULT_BACKOFF.silenceMs - 1000);
		latest().emit('ping', 0);
		vi.advanceTimersByTime(DEFAULT_BACKOFF.silenceMs - 1000);
		expect(FakeSource.all).toHaveLength(1);
		vi.advanceTimersByTime(2000);
		expect(FakeSource.all[0]!.closed).toBe(true);
		expect(statuses.at(-1)).toBe('reconnecting');
	});

	it('retries at once when the browser is back online', () => {
		for (let i = 0; i < 5; i++) {
			latest().error();
			vi.advanceTimersByTime(DEFAULT_BACKOFF.maxMs);
		}
		latest().error();
		const before = FakeSource.all.length;
		window.dispatchEvent(new Event('online'));
		expect(FakeSource.all.length).toBe(before + 1);
		expect(FakeSource.all.filter((s) => !s.closed)).toHaveLength(1);
	});

	it('stops for good', () => {
		stop();
		latest().error();
		vi.advanceTimersByTime(60_000);
		expect(FakeSource.all).toHaveLength(1);
		expect(latest().closed).toBe(true);
	});
});
