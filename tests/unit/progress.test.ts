/** Progress is replayed from the browser's log through FSRS: same log, same schedule. */
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { dueIds, mastery, replay } from '../../src/lib/progress-core';
import type { LogEntry } from '../../src/lib/progress-log';

const scheduler = {
	fsrs: fsrs(),
	emptyCard: (d: Date) => createEmptyCard(d),
	again: Rating.Again,
	good: Rating.Good
};
const t0 = Date.parse('2026-01-01T09:00:00Z');
const answer = (id: string, ok: boolean, minutes: number): LogEntry => ({
	k: 'a',
	id,
	ok,
	bank: 'b',
	topics: ['t'],
	at: t0 + minutes * 60_000
});

describe('replaying the progress log', () => {
	it('gives a missed question a review card, due soon, and a right answer none', () => {
		const p = replay([answer('q1', false, 0), answer('q2', true, 1)], scheduler);
		expect(Object.keys(p.cards)).toEqual(['q1']);
		expect(dueIds(p, new Date(t0))).toEqual([]);
		expect(dueIds(p, new Date(t0 + 60 * 60_000))).toEqual(['q1']);
	});

	it('pushes the next review further out after each right answer on review', () => {
		const first = replay([answer('q1', false, 0), answer('q1', true, 60)], scheduler);
		const second = replay(
			[answer('q1', false, 0), answer('q1', true, 60), answer('q1', true, 60 * 24 * 3)],
			scheduler
		);
		const gap = (p: typeof first, at: number) => Date.parse(p.cards.q1!.due) - at;
		expect(gap(second, t0 + 60 * 24 * 3 * 60_000)).toBeGreaterThan(gap(first, t0 + 60 * 60_000));
	});

	it('counts mastery by the last try and steps seen once each', () => {
		const p = replay(
			[
				answer('q1', false, 0),
				answer('q1', true, 5),
				{ k: 's', x: 'e', s: 'one', at: t0 },
				{ k: 's', x: 'e', s: 'one', at: t0 + 1 }
			],
			scheduler
		);
		expect(mastery(p)).toEqual([{ topic: 't', answered: 1, right: 1 }]);
		expect(p.steps).toEqual({ e: ['one'] });
	});
});
