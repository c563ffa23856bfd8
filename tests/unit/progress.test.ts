/** Progress is replayed from the browser's log through FSRS: same log, same schedule. */
import fc from 'fast-check';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '../../src/lib/paraglide/runtime.js';
import { dueIds, mastery, replay } from '../../src/lib/progress/core';
import { checkedEntries } from '../../src/lib/progress/entries';
import { formatDateTime, relativeTime } from '../../src/lib/progress/format';
import type { LogEntry } from '../../src/lib/progress/log';
import { importProgress, progressFile } from '../../src/lib/progress/transfer';

const scheduler = {
	fsrs: fsrs(),
	emptyCard: (d: Date) => createEmptyCard(d),
	again: Rating.Again,
	good: Rating.Good
};
const t0 = Date.parse('2026-01-01T09:00:00Z');
const answer = (id: string, ok: boolean, minutes: number): LogEntry => ({
	k: 'a',
	topic: 'tp',
	id,
	ok,
	bank: 'b',
	topics: ['t'],
	at: t0 + minutes * 60_000
});

describe('replaying the progress log', () => {
	it('gives a missed question a review card, due soon, and a right answer none', () => {
		const p = replay([answer('q1', false, 0), answer('q2', true, 1)], scheduler);
		expect(Object.keys(p.cards)).toEqual(['tp/q1']);
		expect(dueIds(p, new Date(t0))).toEqual([]);
		expect(dueIds(p, new Date(t0 + 60 * 60_000))).toEqual(['tp/q1']);
	});

	it('pushes the next review further out after each right answer on review', () => {
		const first = replay([answer('q1', false, 0), answer('q1', true, 60)], scheduler);
		const second = replay(
			[answer('q1', false, 0), answer('q1', true, 60), answer('q1', true, 60 * 24 * 3)],
			scheduler
		);
		const gap = (p: typeof first, at: number) => Date.parse(p.cards['tp/q1']!.due) - at;
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
		expect(mastery(p)).toEqual([{ topic: 'tp', tag: 't', answered: 1, right: 1 }]);
		// A step logged without a topic (before topics) is the first topic's.
		expect(p.steps).toEqual({ 'us-venezuela-2019-2025/e': ['one'] });
	});

	it('keeps the same question id in two topics apart, and reads old entries as the first topic', () => {
		const { topic: _, ...old } = answer('q1', true, 0) as Extract<LogEntry, { k: 'a' }>;
		const p = replay(
			[
				answer('q1', false, 0),
				{ ...answer('q1', true, 1), topic: 'other' } as LogEntry,
				{ ...old, at: t0 + 2 * 60_000 },
				{ k: 's', topic: 'other', x: 'e', s: 'one', at: t0 }
			],
			scheduler
		);
		expect(Object.keys(p.answers).sort()).toEqual([
			'other/q1',
			'tp/q1',
			'us-venezuela-2019-2025/q1'
		]);
		expect(p.answers['tp/q1']).toMatchObject({ topic: 'tp', right: 0, wrong: 1 });
		expect(p.answers['other/q1']).toMatchObject({ topic: 'other', right: 1, wrong: 0 });
		expect(Object.keys(p.cards)).toEqual(['tp/q1']);
		expect(p.steps).toEqual({ 'other/e': ['one'] });
	});
});

describe('replaying a log written by a wrong or corrected clock', () => {
	it('survives a clock set back between a wrong answer and its retry (Invalid delta_t)', () => {
		// Clock a day ahead: a miss. Clock corrected: the retry is stamped a day EARLIER.
		const log = [answer('q1', false, 60 * 24), answer('q1', true, 0)];
		const p = replay(log, scheduler, t0 + 60 * 60_000);
		expect(p.answers['tp/q1']).toMatchObject({ right: 1, wrong: 1 });
		expect(Object.keys(p.cards)).toEqual(['tp/q1']);
	});

	it('replays in time order, whatever order the entries are stored in', () => {
		const log = [answer('q1', false, 0), answer('q1', true, 10), answer('q1', false, 2000)];
		const expected = replay(log, scheduler, t0 + 3000 * 60_000);
		const reordered = replay([log[2]!, log[0]!, log[1]!], scheduler, t0 + 3000 * 60_000);
		expect(reordered).toEqual(expected);
		expect(expected.answers['tp/q1']!.last).toBe(false);
	});

	it('counts an answer stamped in the future as given now', () => {
		const now = t0 + 60_000;
		const p = replay([answer('q1', false, 60 * 24 * 365)], scheduler, now);
		expect(Date.parse(p.cards['tp/q1']!.last_review!)).toBe(now);
	});

	it('counts one answer per question and attempt, however often it was logged', () => {
		const a = { ...answer('q1', false, 0), att: 'attempt-1' };
		const again = { ...answer('q1', true, 1), att: 'attempt-1' };
		const once = replay([a], scheduler, t0 + 60_000);
		expect(replay([a, again, a], scheduler, t0 + 60_000)).toEqual(once);
		const retry = { ...answer('q1', true, 1), att: 'attempt-2' };
		expect(replay([a, retry], scheduler, t0 + 60_000).answers['tp/q1']).toMatchObject({ right: 1 });
	});

	it('never throws and never schedules before the last review, for any entries in any order', () => {
		const entry = fc.record({
			id: fc.constantFrom('q1', 'q2', 'q3'),
			ok: fc.boolean(),
			minutes: fc.integer({ min: -60 * 24 * 400, max: 60 * 24 * 400 })
		});
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 40 }), fc.nat(60 * 24 * 30), (entries, later) => {
				const now = t0 + later * 60_000;
				const log = entries.map((e) => answer(e.id, e.ok, e.minutes));
				const p = replay(log, scheduler, now);
				for (const card of Object.values(p.cards)) {
					const last = Date.parse(card.last_review!);
					expect(last).toBeLessThanOrEqual(now);
					expect(Date.parse(card.due)).toBeGreaterThanOrEqual(last);
				}
			})
		);
	});
});

describe('replay order', () => {
	it('gives the same progress for any order of entries with distinct times', () => {
		const entry = fc.record({
			id: fc.constantFrom('q1', 'q2'),
			ok: fc.boolean(),
			minutes: fc.integer({ min: -60 * 24 * 100, max: 0 })
		});
		fc.assert(
			fc.property(
				fc.uniqueArray(entry, { maxLength: 30, selector: (e) => e.minutes }),
				fc.nat(),
				(entries, seed) => {
					const log = entries.map((e) => answer(e.id, e.ok, e.minutes));
					const shuffled = [...log].sort(
						(a, b) => ((a.at * 31 + seed) % 97) - ((b.at * 31 + seed) % 97)
					);
					expect(replay(shuffled, scheduler, t0)).toEqual(replay(log, scheduler, t0));
				}
			)
		);
	});
});

describe('reading whatever storage holds', () => {
	it('keeps well-formed entries and counts the rest', () => {
		const raw = [
			answer('q1', false, 0),
			null,
			42,
			'text',
			{ k: 'z', at: t0 },
			{ k: 'a', id: 'q2', ok: 'yes', bank: 'b', topics: [], at: t0 },
			{ k: 'a', id: 'q3', ok: true, bank: 'b', topics: [], at: Number.NaN },
			{ k: 's', x: 'e', s: 'one', at: t0, extra: true }
		];
		const { entries, skipped } = checkedEntries(raw);
		expect(entries).toEqual([answer('q1', false, 0), { k: 's', x: 'e', s: 'one', at: t0 }]);
		expect(skipped).toBe(6);
	});
});

describe('moving progress to another device', () => {
	const here = [answer('q1', false, 0), { k: 's', x: 'e', s: 'one', at: t0 }];
	const there = [answer('q1', false, 0), answer('q2', true, 5)];
	const file = (entries: unknown[]) => progressFile(entries, new Date(t0));

	it('imports an exported file, adding only what is new, and again adds nothing', () => {
		const first = importProgress(file(there), here);
		expect(first).toMatchObject({ ok: true, added: 1, already: 1 });
		if (!first.ok) return;
		expect(first.log).toEqual([...here, answer('q2', true, 5)]);
		expect(importProgress(file(there), first.log)).toMatchObject({ ok: true, added: 0 });
	});

	it('keeps stored items it cannot read', () => {
		const result = importProgress(file(there), [{ k: 'future-kind' }]);
		expect(result.ok && result.log[0]).toEqual({ k: 'future-kind' });
	});

	it('refuses a file that is not JSON, not ours, or damaged, with a message saying so', () => {
		expect(importProgress('not json', here)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/not a Sourced progress file.*not JSON/)
		});
		expect(importProgress('{"hello": 1}', here)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/not a Sourced progress file/)
		});
	});
});

// What a learner is told about a file that cannot be imported: in words they understand (no
// paths, no zod), in the page's language.
describe('the message for a progress file that cannot be imported', () => {
	const good = JSON.parse(progressFile([answer('q1', false, 0), answer('q2', true, 5)]));
	const withEntry = (patch: Record<string, unknown>) =>
		JSON.stringify({ ...good, entries: [good.entries[0], { ...good.entries[1], ...patch }] });
	const cases: [string, string, string, string][] = [
		[
			'an entry whose time is text',
			withEntry({ at: 'yesterday' }),
			'Entry 2 of this progress file is not as Sourced writes it (its time is not a number). Nothing was imported.',
			'La entrada 2 de este archivo de progreso no es como la escribe Sourced (su hora no es un número). No se ha importado nada.'
		],
		[
			'an entry with no question',
			withEntry({ id: undefined }),
			'Entry 2 of this progress file is not as Sourced writes it (its question is missing). Nothing was imported.',
			'La entrada 2 de este archivo de progreso no es como la escribe Sourced (falta su pregunta). No se ha importado nada.'
		],
		[
			'an entry of an unknown kind',
			withEntry({ k: 'z' }),
			'Entry 2 of this progress file is not as Sourced writes it (it is neither an answer nor a step seen). Nothing was imported.',
			'La entrada 2 de este archivo de progreso no es como la escribe Sourced (no es ni una respuesta ni un paso visto). No se ha importado nada.'
		],
		[
			'an entry whose time is before 2000',
			withEntry({ at: 5 }),
			'Entry 2 of this progress file is not as Sourced writes it (its time is out of range). Nothing was imported.',
			'La entrada 2 de este archivo de progreso no es como la escribe Sourced (su hora está fuera de rango). No se ha importado nada.'
		],
		[
			'a newer version',
			JSON.stringify({ ...good, version: 99 }),
			'This progress file was made by a newer version of Sourced (version 99); this one reads version 1. Nothing was imported.',
			'Este archivo de progreso lo hizo una versión más reciente de Sourced (la versión 99); esta lee la versión 1. No se ha importado nada.'
		],
		[
			'entries that are not a list',
			JSON.stringify({ ...good, entries: 'none' }),
			'This progress file is not as Sourced writes it (its list of entries is not a list). Nothing was imported.',
			'Este archivo de progreso no es como lo escribe Sourced (su lista de entradas no es una lista). No se ha importado nada.'
		],
		[
			'a real file cut in half',
			progressFile([answer('q1', false, 0), answer('q2', true, 5)]).slice(0, 120),
			'This progress file is incomplete or damaged: its text breaks off or was changed, so it cannot be read. Download it again from the other device. Nothing was imported.',
			'Este archivo de progreso está incompleto o dañado: su texto se corta o fue modificado, así que no se puede leer. Descárgalo de nuevo desde el otro dispositivo. No se ha importado nada.'
		]
	];
	afterEach(() => overwriteGetLocale(() => 'en'));
	for (const [what, text, english, spanish] of cases) {
		it(`names ${what} in English and in Spanish`, () => {
			overwriteGetLocale(() => 'en');
			expect(importProgress(text, [])).toEqual({ ok: false, message: english });
			overwriteGetLocale(() => 'es');
			expect(importProgress(text, [])).toEqual({ ok: false, message: spanish });
		});
	}
});

describe('dates for the reader', () => {
	const now = new Date(t0);
	it('says when the next review is, relative to now, in the reader’s language', () => {
		expect(relativeTime(new Date(t0 + 10 * 60_000), now, ['en'])).toBe('in 10 minutes');
		expect(relativeTime(new Date(t0 + 10 * 60_000), now, ['de'])).toBe('in 10 Minuten');
		expect(relativeTime(new Date(t0 + 30_000), now, ['en'])).toBe('in 30 seconds');
		expect(relativeTime(new Date(t0 + 3 * 3_600_000), now, ['en'])).toBe('in 3 hours');
		expect(relativeTime(new Date(t0 + 86_400_000), now, ['en'])).toBe('tomorrow');
		expect(relativeTime(new Date(t0 + 12 * 86_400_000), now, ['en'])).toBe('in 12 days');
		expect(relativeTime(new Date(t0 + 100 * 86_400_000), now, ['en'])).toBe('in 3 months');
		expect(relativeTime(new Date(t0 - 2 * 60_000), now, ['en'])).toBe('2 minutes ago');
	});

	it('formats dates in the reader’s locale', () => {
		const d = new Date(2026, 11, 2, 10, 40);
		expect(formatDateTime(d, ['de-DE'])).toBe('02.12.2026, 10:40');
		expect(formatDateTime(d, ['en-US'])).toBe('Dec 2, 2026, 10:40 AM');
	});
});
