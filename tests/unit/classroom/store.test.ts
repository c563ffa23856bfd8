/**
 * The storage rules, on PGlite and on PostgreSQL: migrations, joining (capacity, nicknames, ended
 * codes, rate limits), idempotent answers, closed questions, and NOTIFY on commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { answerQuestion } from '../../../src/lib/server/classroom/commands/answer';
import { recordAnswer } from '../../../src/lib/server/classroom/store/answers';
import { useDatabase, type Classroom } from '../../../src/lib/server/classroom/context';
import { parseEvent, type ClassroomEvent } from '../../../src/lib/server/classroom/live/events';
import { joinByCode } from '../../../src/lib/server/classroom/commands/join';
import {
	migrateToLatest,
	migrationNames
} from '../../../src/lib/server/classroom/store/migrations';
import { getSession } from '../../../src/lib/server/classroom/store/sessions';
import { joinSession } from '../../../src/lib/server/classroom/store/students';
import { runCommand } from '../../../src/lib/server/classroom/commands/teacher';
import { sessionQuestionId } from '../../../src/lib/server/classroom/views/session-questions';
import { backends } from './support/databases';
import {
	keyOf,
	newSession,
	newStudent,
	openClassroom,
	questionIds,
	testConfig
} from './support/classroom';

describe.each(backends)('classroom storage on $name', (backend) => {
	let c: Classroom;
	let close: () => Promise<void>;
	const events: ClassroomEvent[] = [];

	beforeAll(async () => {
		({ c, close } = await openClassroom(backend));
		await c.database.listen(
			(p) => {
				const e = parseEvent(p);
				if (e) events.push(e);
			},
			() => {}
		);
	}, 60_000);
	afterAll(() => close());

	it('has applied every migration, and applying again changes nothing', async () => {
		const tables = await c.db.introspection.getTables();
		expect(tables.map((t) => t.name)).toEqual(
			expect.arrayContaining(['classroom_session', 'classroom_student', 'classroom_answer'])
		);
		expect(await migrateToLatest(c.db as unknown as Kysely<unknown>)).toEqual([]);
		expect(migrationNames.length).toBeGreaterThan(0);
	});

	it('admits unique nicknames (case-insensitively) up to capacity', async () => {
		const { session } = await newSession(c, 'teacher', { capacity: 3 });
		expect((await joinSession(c.db, session.id, 'Ana')).ok).toBe(true);
		expect(await joinSession(c.db, session.id, 'ANA')).toEqual({
			ok: false,
			reason: 'nickname-taken'
		});
		expect((await joinSession(c.db, session.id, 'Zoë')).ok).toBe(true);
		expect((await joinSession(c.db, session.id, 'Bo')).ok).toBe(true);
		expect(await joinSession(c.db, session.id, 'Cy')).toEqual({ ok: false, reason: 'full' });
		expect((await getSession(c.db, session.id))!.student_count).toBe(3);
	});

	it('never passes capacity under concurrent joins', async () => {
		const { session } = await newSession(c, 'teacher', { capacity: 10 });
		const results = await Promise.all(
			Array.from({ length: 30 }, (_, i) => joinSession(c.db, session.id, `Racer ${i}`))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(10);
		const racing = await Promise.all(
			Array.from({ length: 5 }, () => joinSession(c.db, session.id, 'same'))
		);
		expect(racing.filter((r) => r.ok).length).toBeLessThanOrEqual(1);
	});

	it('stops accepting a code when the session ends', async () => {
		const { session } = await newSession(c);
		const input = { code: session.code, nickname: 'Early' };
		expect((await joinByCode(c, input, '10.0.0.1')).ok).toBe(true);
		await runCommand(c, session, 'end', -1);
		const late = await joinByCode(c, { ...input, nickname: 'Late' }, '10.0.0.1');
		expect(late).toMatchObject({ ok: false, status: 404 });
	});

	it('rate-limits wrong codes per client, and joins per session', async () => {
		const limited = await useDatabase(
			c.database,
			testConfig(
				{},
				{
					wrongCodeBurstPerClient: 3,
					wrongCodePerMinute: 1,
					joinBurstPerSession: 2,
					joinRatePerSession: 0.001
				}
			)
		);
		const guesses = [];
		for (let i = 0; i < 5; i++)
			guesses.push(await joinByCode(limited, { code: 'ZZZZZZZ', nickname: `G${i}` }, '10.9.9.9'));
		expect(guesses.map((g) => (g.ok ? 200 : g.status))).toEqual([404, 404, 404, 429, 429]);
		// The limit is per client: another address may still try.
		expect(await joinByCode(limited, { code: 'ZZZZZZZ', nickname: 'x' }, '10.9.9.8')).toMatchObject(
			{ status: 404 }
		);
		// Even the right code is refused once this client has used up its wrong guesses.
		const { session } = await newSession(limited);
		expect(
			await joinByCode(limited, { code: session.code, nickname: 'y' }, '10.9.9.9')
		).toMatchObject({ status: 429 });
		// A nickname flood into one session is cut off after the session's burst.
		const flood = [];
		for (let i = 0; i < 4; i++)
			flood.push(
				await joinByCode(limited, { code: session.code, nickname: `bot${i}` }, `10.1.0.${i}`)
			);
		expect(flood.map((f) => (f.ok ? 200 : f.status))).toEqual([200, 200, 429, 429]);
		await useDatabase(c.database, testConfig());
	});

	it('records one answer per student and question; a retry gets the first one back', async () => {
		const { session } = await newSession(c);
		const { student } = await newStudent(c, session.id, 'Retry');
		const a = {
			sessionId: session.id,
			studentId: student.id,
			questionId: 'q-1',
			choice: 1,
			correct: false
		};
		expect(await recordAnswer(c.db, a)).toEqual({ choice: 1, correct: false, fresh: true });
		expect(await recordAnswer(c.db, { ...a, choice: 2, correct: true })).toEqual({
			choice: 1,
			correct: false,
			fresh: false
		});
		const burst = await Promise.all(
			Array.from({ length: 10 }, (_, i) =>
				recordAnswer(c.db, { ...a, questionId: 'q-2', choice: i % 3 })
			)
		);
		expect(burst.filter((r) => r.fresh)).toHaveLength(1);
		expect(new Set(burst.map((r) => r.choice)).size).toBe(1);
		const rows = await c.db
			.selectFrom('classroom_answer')
			.selectAll()
			.where('student_id', '=', student.id)
			.execute();
		expect(rows).toHaveLength(2);
	});

	it('refuses an answer filed for a student of another session', async () => {
		const one = await newSession(c);
		const other = await newSession(c);
		const { student } = await newStudent(c, other.session.id, 'Elsewhere');
		await expect(
			recordAnswer(c.db, {
				sessionId: one.session.id,
				studentId: student.id,
				questionId: 'q',
				choice: 0,
				correct: true
			})
		).rejects.toMatchObject({ code: '23503' });
	});

	it('grades on the server and refuses answers to closed or unopened questions', async () => {
		const { session } = await newSession(c);
		const { student } = await newStudent(c, session.id, 'Paced');
		const [q0, q1] = questionIds as [string, string];
		expect(
			await answerQuestion(c, session, student, {
				question: sessionQuestionId(session, q0),
				choice: 0
			})
		).toMatchObject({ ok: false, status: 409 });
		const open = (await runCommand(c, session, 'start', -1))!;
		expect(
			await answerQuestion(c, open, student, {
				question: sessionQuestionId(session, q1),
				choice: 0
			})
		).toMatchObject({ ok: false, status: 409 });
		expect(
			await answerQuestion(c, open, student, {
				question: sessionQuestionId(session, q0),
				choice: 99
			})
		).toMatchObject({ ok: false, status: 400 });
		expect(
			await answerQuestion(c, open, student, { question: 'no-such-question', choice: 0 })
		).toMatchObject({ ok: false, status: 400 });
		const ok = await answerQuestion(c, open, student, {
			question: sessionQuestionId(session, q0),
			choice: keyOf(q0)
		});
		// Teacher-paced: the answer is recorded, but nothing about the key comes back before the reveal.
		expect(ok).toEqual({
			ok: true,
			questionId: sessionQuestionId(session, q0),
			choice: keyOf(q0),
			reveal: null,
			retry: false
		});
		const revealed = (await runCommand(c, open, 'reveal', 0))!;
		expect(await runCommand(c, open, 'reveal', 0)).toBeUndefined(); // a double click is a no-op
		const late = await newStudent(c, session.id, 'Late');
		expect(
			await answerQuestion(c, revealed, late.student, {
				question: sessionQuestionId(session, q0),
				choice: 0
			})
		).toEqual({
			ok: false,
			status: 409,
			message: 'This question is closed: the teacher has revealed the answer.'
		});
		const ended = (await runCommand(c, revealed, 'end', 0))!;
		expect(
			await answerQuestion(c, ended, late.student, {
				question: sessionQuestionId(session, q0),
				choice: 0
			})
		).toMatchObject({ status: 409 });
	});

	it('refuses answers after the timer runs out', async () => {
		const { session } = await newSession(c, 'teacher', { timer: 20 });
		const { student } = await newStudent(c, session.id, 'Slow');
		const open = (await runCommand(c, session, 'start', -1))!;
		expect(open.question_deadline!.getTime()).toBeGreaterThan(Date.now());
		// The deadline is checked by the database in the statement that inserts, not from a cache.
		await c.db
			.updateTable('classroom_session')
			.set({ question_deadline: new Date(Date.now() - 1000) })
			.where('id', '=', open.id)
			.execute();
		const answer = { question: sessionQuestionId(session, questionIds[0]!), choice: 0 };
		expect(await answerQuestion(c, open, student, answer)).toMatchObject({
			status: 409,
			message: 'Time is up for this question: answers are closed.'
		});
	});

	it('refuses an answer once another instance revealed, whatever this one last saw', async () => {
		const { session } = await newSession(c);
		const { student } = await newStudent(c, session.id, 'Stale');
		const open = (await runCommand(c, session, 'start', -1))!;
		await runCommand(c, open, 'reveal', 0);
		// `open` is the stale row a cache could still hold: the insert must refuse all the same.
		expect(
			await answerQuestion(c, open, student, {
				question: sessionQuestionId(session, questionIds[0]!),
				choice: 0
			})
		).toMatchObject({
			status: 409,
			message: 'This question is closed: the teacher has revealed the answer.'
		});
	});

	it('gives self-paced students their feedback as soon as they answer', async () => {
		const { session } = await newSession(c, 'self');
		const { student } = await newStudent(c, session.id, 'Solo');
		const running = (await runCommand(c, session, 'start', -1))!;
		const q = questionIds[2]!;
		const first = await answerQuestion(c, running, student, {
			question: sessionQuestionId(session, q),
			choice: keyOf(q)
		});
		expect(first).toMatchObject({ ok: true, reveal: { correct: true, keyIndex: keyOf(q) } });
		const again = await answerQuestion(c, running, student, {
			question: sessionQuestionId(session, q),
			choice: (keyOf(q) + 1) % 3
		});
		expect(again).toMatchObject({
			ok: true,
			retry: true,
			choice: keyOf(q),
			reveal: { correct: true }
		});
	});

	it('writes answers arriving together in one batch, each acknowledged once', async () => {
		const { session } = await newSession(c, 'self');
		const running = (await runCommand(c, session, 'start', -1))!;
		const students = await Promise.all(
			Array.from({ length: 40 }, (_, i) => newStudent(c, session.id, `Batch ${i}`))
		);
		const q = questionIds[1]!;
		const post = (s: (typeof students)[number], choice: number) =>
			answerQuestion(c, running, s.student, { question: sessionQuestionId(session, q), choice });
		// Everyone at once, and every student twice (a double click) with a different choice.
		const results = await Promise.all(students.flatMap((s) => [post(s, 0), post(s, 1)]));
		expect(results.every((r) => r.ok)).toBe(true);
		const fresh = results.filter((r) => r.ok && !r.retry);
		expect(fresh).toHaveLength(40);
		for (let i = 0; i < 40; i++) {
			const [a, b] = [results[2 * i]!, results[2 * i + 1]!];
			expect(a.ok && b.ok && a.choice === b.choice).toBe(true);
		}
		const rows = await c.db
			.selectFrom('classroom_answer')
			.select('student_id')
			.where('session_id', '=', session.id)
			.execute();
		expect(rows).toHaveLength(40);
	});

	it('caches session rows, but never serves one older than a revision NOTIFY announced', async () => {
		const { session } = await newSession(c);
		const cached = (await c.sessions.get(session.id))!;
		expect(cached.phase).toBe('lobby');
		// Changed behind this instance's back (as by another instance)…
		await c.db
			.updateTable('classroom_session')
			.set({ phase: 'running', rev: 7 })
			.where('id', '=', session.id)
			.execute();
		expect((await c.sessions.get(session.id))!.phase).toBe('lobby');
		// …until the change is announced: then the stale row is gone, and cannot come back.
		c.sessions.announce(session.id, 7);
		c.sessions.remember(cached);
		expect(await c.sessions.get(session.id)).toMatchObject({ phase: 'running', rev: 7 });
		expect(await c.sessions.get(session.id, 'latest')).toMatchObject({ rev: 7 });
	});

	it('notifies every listener after commit, and only for what committed', async () => {
		const { session } = await newSession(c);
		const before = events.length;
		const { student } = await newStudent(c, session.id, 'Heard');
		await recordAnswer(c.db, {
			sessionId: session.id,
			studentId: student.id,
			questionId: 'qn',
			choice: 0,
			correct: true
		});
		await recordAnswer(c.db, {
			sessionId: session.id,
			studentId: student.id,
			questionId: 'qn',
			choice: 1,
			correct: false
		});
		await runCommand(c, session, 'start', -1);
		await expect.poll(() => events.length - before, { timeout: 5000 }).toBe(3);
		expect(events.slice(before).map((e) => e.t)).toEqual(['join', 'answer', 'state']);
		await joinSession(c.db, session.id, 'heard'); // refused: same nickname
		// A later join is heard; events arrive in order, so the refused one sent nothing if the
		// next event is this join.
		await joinSession(c.db, session.id, 'after');
		await expect.poll(() => events.length - before, { timeout: 10_000 }).toBeGreaterThan(3);
		expect(events.slice(before + 3).map((e) => e.t)).toEqual(['join']);
	});
});
