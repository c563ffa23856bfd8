/**
 * What makes a live session trustworthy, on PGlite and PostgreSQL: one option order and
 * per-session ids, no key through the self-test, no verdict before the reveal, server timers with
 * auto-reveal across instances, scores and reports on the questions asked, the teacher's own list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classroom } from '../../../src/lib/server/classroom/context';
import { hostView } from '../../../src/lib/server/classroom/views/host-view';
import { sessionReport } from '../../../src/lib/server/classroom/views/report-data';
import { resultsCsv } from '../../../src/lib/server/classroom/views/csv';
import { revealDue } from '../../../src/lib/server/classroom/store/sessions';
import { sessionQuestionId } from '../../../src/lib/server/classroom/views/session-questions';
import { studentView, withServerNow } from '../../../src/lib/server/classroom/views/student-view';
import { runCommand } from '../../../src/lib/server/classroom/commands/teacher';
import {
	hostCookieName,
	TEACHER_DEVICE_COOKIE
} from '../../../src/lib/server/classroom/requests/tokens';
import { answerQuestion } from '../../../src/lib/server/classroom/commands/answer';
import { TOPIC, catalog } from '../topic';
import { questionByPublicId } from '../../../src/lib/server/quiz/public';
import * as quizPage from '../../../src/routes/topics/[topic=topic]/quiz/+page.server';
import * as playPage from '../../../src/routes/play/[id]/+page.server';
import * as teachPage from '../../../src/routes/teach/+page.server';
import * as reportPage from '../../../src/routes/host/[id]/report/+page.server';
import { backends } from './support/databases';
import { CookieJar, fakeEvent, formRequest, statusOf } from './support/events';
import {
	KEY_MARKERS,
	keyOf,
	newSession,
	newStudent,
	openClassroom,
	questionIds
} from './support/classroom';
import { parseCsv } from './support/csv-parse';

const call = (fn: unknown, event: unknown) =>
	statusOf(() => (fn as (e: unknown) => unknown)(event));

describe.each(backends)('a session students and teachers can trust, on $name', (backend) => {
	let c: Classroom;
	let close: () => Promise<void>;
	beforeAll(async () => ({ c, close } = await openClassroom(backend)), 60_000);
	afterAll(() => close());

	it('shows every student the same letters, under ids that mean nothing elsewhere', async () => {
		const { session } = await newSession(c);
		const other = await newSession(c);
		const students = await Promise.all(
			['A', 'B', 'C'].map((n) => newStudent(c, session.id, n).then((s) => s.student))
		);
		const open = (await runCommand(c, session, 'start', -1))!;
		const views = students.map((s) => studentView(open, s, new Map()));
		const orders = views.map((v) => (v.phase === 'question' ? v.question.options : null));
		expect(orders[1]).toEqual(orders[0]);
		expect(orders[2]).toEqual(orders[0]);
		const host = await hostView(c.db, open, 'http://x');
		expect(host.question!.options).toEqual(orders[0]);
		const id = views[0]!.phase === 'question' ? views[0]!.question.id : '';
		expect(id).toBe(sessionQuestionId(open, questionIds[0]!));
		expect(sessionQuestionId(other.session, questionIds[0]!)).not.toBe(id);
		// The self-test cannot map the session's id to a question.
		expect(questionByPublicId(catalog, id)).toBeUndefined();
		const quiz = await call(
			quizPage.actions.start,
			fakeEvent({
				path: '/topics/us-venezuela-2019-2025/quiz',
				params: { topic: TOPIC },
				request: formRequest('/topics/us-venezuela-2019-2025/quiz?/start', { ids: id })
			})
		);
		expect(quiz.status).toBe(400);
	});

	it('tells nobody right from wrong while the question is open', async () => {
		const { session } = await newSession(c, 'teacher', { ids: questionIds.slice(0, 2) });
		const right = await newStudent(c, session.id, 'Right');
		const wrong = await newStudent(c, session.id, 'Wrong');
		let open = (await runCommand(c, session, 'start', -1))!;
		const [q0, q1] = questionIds as [string, string];
		const say = (s: typeof right, q: string, choice: number) =>
			answerQuestion(c, open, s.student, { question: sessionQuestionId(open, q), choice });
		await say(right, q0, keyOf(q0));
		await say(wrong, q0, (keyOf(q0) + 1) % 3);
		// The teacher's dashboard: who answered, not what; scores frozen; no key.
		let view = await hostView(c.db, open, 'http://x');
		expect(view.current.map((a) => [a.choice, a.correct])).toEqual([
			[null, null],
			[null, null]
		]);
		expect(Object.values(view.progress).map((p) => p.correct)).toEqual([0, 0]);
		expect(view.answerKey).toBeNull();
		expect(JSON.stringify(view)).not.toMatch(/"correct":true|"feedback"|"explanation"/);
		// The student's page: their own choice, no verdict.
		const page = await call(
			playPage.load,
			fakeEvent({ path: `/play/${open.id}`, params: { id: open.id }, cookies: wrong.jar })
		);
		for (const marker of KEY_MARKERS) expect(JSON.stringify(page.value)).not.toContain(marker);
		// After the reveal the results are out, and stay counted while the next question is open.
		const revealed = (await runCommand(c, open, 'reveal', 0))!;
		view = await hostView(c.db, revealed, 'http://x');
		expect(view.answerKey!.options.find((o) => o.correct)!.index).toBe(keyOf(q0));
		expect(view.current.find((a) => a.studentId === right.student.id)!.correct).toBe(true);
		open = (await runCommand(c, revealed, 'next', 0))!;
		await say(right, q1, (keyOf(q1) + 1) % 3);
		await say(wrong, q1, keyOf(q1));
		view = await hostView(c.db, open, 'http://x');
		expect(view.progress[right.student.id]!.correct).toBe(1);
		expect(view.progress[wrong.student.id]!.correct).toBe(0);
	});

	it('sends the time left by the server clock, and reveals by itself at the deadline', async () => {
		const { session } = await newSession(c, 'teacher', { timer: 30, autoReveal: true });
		const plain = await newSession(c, 'teacher', { timer: 30 });
		const s = await newStudent(c, session.id, 'Timed');
		const open = (await runCommand(c, session, 'start', -1))!;
		const plainOpen = (await runCommand(c, plain.session, 'start', -1))!;
		const view = JSON.parse(withServerNow(JSON.stringify(studentView(open, s.student, new Map()))));
		expect(view.deadlineMs - view.serverNow).toBeGreaterThan(28_000);
		expect(view.deadlineMs - view.serverNow).toBeLessThanOrEqual(30_000);
		expect(view.autoReveal).toBe(true);
		// Not due yet: nothing changes.
		expect(await revealDue(c.db)).toEqual([]);
		// The deadline passes (moved back in the database, as time would).
		for (const id of [open.id, plainOpen.id]) {
			await c.db
				.updateTable('classroom_session')
				.set({ question_deadline: new Date(Date.now() - 1000) })
				.where('id', '=', id)
				.execute();
		}
		// Any instance's sweep reveals it, once: here a second classroom on the same database would
		// run the same statement; the first sweep to commit wins.
		const revealed = await Promise.all([revealDue(c.db), revealDue(c.db)]);
		expect(revealed.flat().map((r) => r.id)).toEqual([open.id]);
		expect((await c.sessions.get(open.id, 'latest'))!.phase).toBe('revealed');
		// Without auto-reveal, the question stays open (closed to answers) for the teacher to reveal.
		expect((await c.sessions.get(plainOpen.id, 'latest'))!.phase).toBe('open');
		const late = await answerQuestion(c, plainOpen, s.student, {
			question: sessionQuestionId(plainOpen, questionIds[0]!),
			choice: 0
		});
		expect(late).toMatchObject({ ok: false, status: 409 });
	});

	it('the running sweep reveals a due question without anyone asking', async () => {
		const { session } = await newSession(c, 'teacher', { timer: 20, autoReveal: true });
		const open = (await runCommand(c, session, 'start', -1))!;
		await c.db
			.updateTable('classroom_session')
			.set({ question_deadline: new Date(Date.now() - 10) })
			.where('id', '=', open.id)
			.execute();
		await expect
			.poll(async () => (await c.sessions.get(open.id, 'latest'))!.phase, { timeout: 5000 })
			.toBe('revealed');
	});

	it('scores, reports and exports only the questions asked when a session ends early', async () => {
		const { session, hostJar } = await newSession(c);
		const s = await newStudent(c, session.id, 'Early');
		let row = (await runCommand(c, session, 'start', -1))!;
		for (let i = 0; i < 2; i++) {
			const q = questionIds[i]!;
			await answerQuestion(c, row, s.student, {
				question: sessionQuestionId(row, q),
				choice: keyOf(q)
			});
			row = (await runCommand(c, row, 'reveal', i))!;
			row = (await runCommand(c, row, 'next', i))!;
		}
		// Question 3 of 4 is open, unanswered, when the teacher ends the session.
		row = (await runCommand(c, row, 'end', 2))!;
		const ended = studentView(
			row,
			s.student,
			new Map(questionIds.slice(0, 2).map((q) => [q, { choice: keyOf(q), correct: true }]))
		);
		expect(ended).toMatchObject({ phase: 'ended', score: 2, total: 3, answeredCount: 2 });
		const report = await sessionReport(c.db, row);
		expect(report.total).toBe(3);
		expect(report.items.map((i) => i.id)).toEqual(questionIds.slice(0, 3));
		expect(parseCsv(resultsCsv(report))[0]!.slice(4)).toEqual(['Q1', 'Q2', 'Q3']);
		const page = await call(
			reportPage.load,
			fakeEvent({ path: '/x', params: { id: row.id }, cookies: hostJar })
		);
		expect(page.value).toMatchObject({ report: { total: 3 } });
	});

	it('lets a teacher pick questions and find her sessions again from the same browser', async () => {
		const jar = new CookieJar();
		const create = (fields: Record<string, string | string[]>) => {
			const form = new FormData();
			for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) form.append(k, x);
			return call(
				teachPage.actions.default,
				fakeEvent({
					path: '/teach',
					params: {},
					cookies: jar,
					request: formRequest('/teach', form)
				})
			);
		};
		const bank = catalog.banks.find((b) => b.questionIds.length >= 10)!;
		const quiz = `bank:${bank.id}`;
		const topic = TOPIC;
		const ticked = await create({ topic, quiz, mode: 'teacher', q: ['7', '2', '7'] });
		expect(ticked.status).toBe(303);
		const tickedId = String(ticked.value).split('/').pop()!;
		const shuffled = await create({ topic, quiz, mode: 'teacher', pick: 'shuffle', count: '5' });
		const shuffledId = String(shuffled.value).split('/').pop()!;
		const rows = await c.db
			.selectFrom('classroom_session')
			.select(['id', 'question_ids'])
			.where('id', 'in', [tickedId, shuffledId])
			.execute();
		const ids = new Map(rows.map((r) => [r.id, r.question_ids]));
		expect(ids.get(tickedId)).toEqual([bank.questionIds[2], bank.questionIds[7]]);
		expect(ids.get(shuffledId)).toHaveLength(5);
		expect(new Set(ids.get(shuffledId)).size).toBe(5);
		expect(ids.get(shuffledId)!.every((id) => bank.questionIds.includes(id))).toBe(true);
		expect(
			(await create({ topic, quiz, mode: 'teacher', q: String(bank.questionIds.length) })).status
		).toBe(400);
		// Her list: both sessions, newest first; another browser sees none of them.
		const list = await call(
			teachPage.load,
			fakeEvent({ path: '/teach', params: {}, cookies: jar })
		);
		expect((list.value as { past: { id: string }[] }).past.map((p) => p.id)).toEqual([
			shuffledId,
			tickedId
		]);
		const stranger = await call(teachPage.load, fakeEvent({ path: '/teach', params: {} }));
		expect((stranger.value as { past: unknown[] }).past).toEqual([]);
		// The report opens with the device cookie alone, once the session's own cookie has gone.
		const deviceOnly = new CookieJar({ [TEACHER_DEVICE_COOKIE]: jar.get(TEACHER_DEVICE_COOKIE)! });
		expect(jar.get(hostCookieName(tickedId))).toBeDefined();
		const report = await call(
			reportPage.load,
			fakeEvent({ path: '/x', params: { id: tickedId }, cookies: deviceOnly })
		);
		expect(report.status).toBe(200);
		const forged = new CookieJar({ [TEACHER_DEVICE_COOKIE]: 'A'.repeat(43) });
		expect(
			(
				await call(
					reportPage.load,
					fakeEvent({ path: '/x', params: { id: tickedId }, cookies: forged })
				)
			).status
		).toBe(403);
	});
});
