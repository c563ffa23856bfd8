/**
 * An answer stands: once a question of a self-test attempt is graded, any later answer to it (Back
 * and a second answer, a replayed post, a double click) gets the first verdict back and changes
 * neither the score nor the missed list. The rule alone, then the real play actions in-process.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOPIC, catalog } from './topic';
import {
	RECORD_COOKIE,
	mergedChoices,
	readRecord,
	ruling,
	writeRecord
} from '../../src/lib/server/quiz/answer-record';
import { decodeAttempt, encodeAttempt, newAttempt } from '../../src/lib/server/quiz/attempt';
import { publicIdOf } from '../../src/lib/server/quiz/public';
import * as play from '../../src/routes/topics/[topic=topic]/quiz/play/+page.server';
import { CookieJar, fakeEvent, formRequest, statusOf } from './classroom/support/events';

describe('the grading rule', () => {
	it('grades only the next unanswered question, and an answered one stands', () => {
		const q = ['A', 'B', 'C'];
		expect(ruling(q, [], 'A')).toEqual({ kind: 'first', position: 0 });
		expect(ruling(q, [], 'B')).toEqual({ kind: 'out-of-turn' });
		expect(ruling(q, [2], 'A')).toEqual({ kind: 'stands', position: 0, choice: 2 });
		expect(ruling(q, [2], 'B')).toEqual({ kind: 'first', position: 1 });
		expect(ruling(q, [2, 0, 1], 'C')).toEqual({ kind: 'stands', position: 2, choice: 1 });
		expect(ruling(q, [2], 'Z')).toEqual({ kind: 'out-of-turn' });
	});

	it('catches an older token up from the record, and the token wins where both answer', () => {
		expect(mergedChoices([], [2, 1], 3)).toEqual([2, 1]);
		expect(mergedChoices([[2, 0]], [2, 1], 3)).toEqual([2, 1]);
		expect(mergedChoices([[3, 1]], [2, 1], 3)).toEqual([3, 1]);
		expect(
			mergedChoices(
				[
					[3, 1],
					[0, 0]
				],
				[2],
				3
			)
		).toEqual([3, 0]);
		expect(mergedChoices([], [1, 1, 1, 1], 2)).toEqual([1, 1]);
		expect(mergedChoices([], undefined, 2)).toEqual([]);
	});

	it('keeps the record signed, newest attempts first, under 3,000 characters', () => {
		let cookie = writeRecord(new Map(), 'seed-0000', [1, 2]);
		expect(readRecord(cookie).get('seed-0000')).toEqual([1, 2]);
		expect(readRecord(cookie.replace(/^./, 'x')).size).toBe(0); // edited: ignored
		expect(readRecord('garbage').size).toBe(0);
		for (let i = 1; i <= 60; i++) {
			cookie = writeRecord(
				readRecord(cookie),
				`seed-${String(i).padStart(4, '0')}`,
				Array(50).fill(3)
			);
		}
		expect(cookie.length).toBeLessThanOrEqual(3000);
		const kept = readRecord(cookie);
		expect(kept.has('seed-0060')).toBe(true);
		expect(kept.has('seed-0000')).toBe(false);
	});
});

/** Five real questions and, for each, a wrong option and the key (authored indexes). */
const questions = catalog.questions.slice(0, 5).map((q) => ({
	id: publicIdOf(q.id),
	key: q.options.findIndex((o) => o.correct),
	wrong: q.options.findIndex((o) => !o.correct),
	options: q.options.length
}));
const startToken = () =>
	encodeAttempt(
		newAttempt(
			questions.map((q) => q.id),
			'Test'
		)
	);

async function post(jar: CookieJar, t: string, question: string, choice: number) {
	const path = `/topics/us-venezuela-2019-2025/quiz/play?t=${t}&/answer`;
	const event = fakeEvent({
		path,
		params: { topic: TOPIC },
		cookies: jar,
		request: formRequest(path, { t, question, choice: String(choice) })
	});
	return statusOf(() => play.actions.answer(event));
}

type Answered = { verdict: { choice: number; correct: boolean }; next: string; score: number };

describe('answering in the play page', () => {
	it('gives a second answer after Back the first verdict, with the same next token', async () => {
		const jar = new CookieJar();
		const t0 = startToken();
		const q = questions[0]!;
		const first = await post(jar, t0, q.id, q.wrong);
		expect(first.status).toBe(200);
		const a = first.value as Answered;
		expect(a.verdict.correct).toBe(false);
		expect(a.score).toBe(0);
		// Back restores t0; the student now picks the key.
		const again = await post(jar, t0, q.id, q.key);
		expect(again.status).toBe(200);
		expect(again.value).toMatchObject({
			verdict: { choice: q.wrong, correct: false },
			repeat: true
		});
		expect((again.value as Answered).next).toBe(a.next);
		expect(decodeAttempt(a.next)!.a).toEqual([[q.wrong, 0]]);
	});

	it('shows the first verdict on the page an older token opens', async () => {
		const jar = new CookieJar();
		const t0 = startToken();
		const q = questions[0]!;
		await post(jar, t0, q.id, q.wrong);
		const path = `/topics/us-venezuela-2019-2025/quiz/play?t=${t0}`;
		const headers: Record<string, string> = {};
		const event = {
			...(fakeEvent({ path, params: { topic: TOPIC }, cookies: jar }) as object),
			setHeaders: (h: Record<string, string>) => Object.assign(headers, h)
		};
		const data = (await statusOf(() => play.load(event as never))).value as {
			answered: Answered | null;
			score: number;
		};
		expect(data.answered?.verdict.choice).toBe(q.wrong);
		expect(data.score).toBe(0);
		// Not cached, so Back asks the server again rather than showing the form.
		expect(headers['cache-control']).toBe('no-store');
	});

	it('refuses a token that already holds the answer even without the record', async () => {
		const t0 = startToken();
		const q = questions[0]!;
		const t1 = ((await post(new CookieJar(), t0, q.id, q.wrong)).value as Answered).next;
		const replay = await post(new CookieJar(), t1, q.id, q.key);
		expect(replay.value).toMatchObject({ verdict: { choice: q.wrong }, repeat: true });
	});

	it('keeps every first answer, whatever older tokens are replayed with whatever choices', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.record({ token: fc.nat(), choice: fc.nat({ max: 4 }) }), {
					minLength: 1,
					maxLength: 25
				}),
				async (posts) => {
					const jar = new CookieJar();
					const issued = [startToken()];
					const first = new Map<number, number>();
					for (const p of posts) {
						const t = issued[p.token % issued.length]!;
						const position = decodeAttempt(t)!.a.length;
						if (position >= questions.length) continue;
						const q = questions[position]!;
						const choice = p.choice % q.options;
						const res = await post(jar, t, q.id, choice);
						expect(res.status).toBe(200);
						const a = res.value as Answered;
						if (!first.has(position)) first.set(position, choice);
						expect(a.verdict.choice).toBe(first.get(position));
						issued.push(a.next);
					}
					// Every token ever issued agrees with the first answers: score and missed list too.
					for (const t of issued) {
						const att = decodeAttempt(t)!;
						att.a.forEach(([choice, ok], i) => {
							expect(choice).toBe(first.get(i));
							expect(ok).toBe(choice === questions[i]!.key ? 1 : 0);
						});
					}
				}
			),
			{ numRuns: 150 }
		);
	});
});

describe('the answer record cookie', () => {
	it('is set on a first answer only', async () => {
		const jar = new CookieJar();
		const t0 = startToken();
		const q = questions[0]!;
		await post(jar, t0, q.id, q.wrong);
		const after = jar.get(RECORD_COOKIE);
		await post(jar, t0, q.id, q.key);
		expect(jar.get(RECORD_COOKIE)).toBe(after);
		expect(readRecord(after).get(decodeAttempt(t0)!.s)).toEqual([q.wrong]);
	});
});
