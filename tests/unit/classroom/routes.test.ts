/**
 * The pages' actions and the event endpoints, called in-process: who may do what, and what a
 * student can see before the answer is earned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classroom } from '../../../src/lib/server/classroom/context';
import {
	hostCookieName,
	studentCookieName
} from '../../../src/lib/server/classroom/requests/tokens';
import * as joinPage from '../../../src/routes/join/+page.server';
import * as playPage from '../../../src/routes/play/[id]/+page.server';
import * as hostPage from '../../../src/routes/host/[id]/+page.server';
import * as studentEvents from '../../../src/routes/api/classroom/[id]/events/+server';
import * as hostEvents from '../../../src/routes/api/classroom/[id]/host-events/+server';
import * as itemsCsv from '../../../src/routes/host/[id]/report/items.csv/+server';
import { runCommand } from '../../../src/lib/server/classroom/commands/teacher';
import { sessionQuestionId } from '../../../src/lib/server/classroom/views/session-questions';
import { backends } from './support/databases';
import { CookieJar, fakeEvent, formRequest, ORIGIN, statusOf } from './support/events';
import {
	KEY_MARKERS,
	keyOf,
	newSession,
	newStudent,
	openClassroom,
	questionIds
} from './support/classroom';
import { firstEvents, readEvents, type SseEvent } from './support/sse';

const call = (fn: unknown, event: unknown) =>
	statusOf(() => (fn as (e: unknown) => unknown)(event));

describe.each(backends)('classroom routes on $name', (backend) => {
	let c: Classroom;
	let close: () => Promise<void>;
	beforeAll(async () => ({ c, close } = await openClassroom(backend)), 60_000);
	afterAll(() => close());

	it('joins with code and nickname, sets the student cookie, and sends the student to play', async () => {
		const { session } = await newSession(c);
		const jar = new CookieJar();
		const join = (fields: Record<string, string>) =>
			call(
				joinPage.actions.default,
				fakeEvent({
					path: '/join',
					params: {},
					cookies: jar,
					request: formRequest('/join', fields)
				})
			);
		expect(await join({ code: session.code.toLowerCase(), nickname: '  Zoë  B. ' })).toEqual({
			status: 303,
			value: `/play/${session.id}`
		});
		expect(jar.get(studentCookieName(session.id))).toMatch(/^[\w-]{43}$/);
		expect(await join({ code: session.code, nickname: 'zoë b.' })).toMatchObject({ status: 303 }); // same device: back in
		const fresh = new CookieJar();
		const joinFresh = (fields: Record<string, string>) =>
			call(
				joinPage.actions.default,
				fakeEvent({
					path: '/join',
					params: {},
					cookies: fresh,
					request: formRequest('/join', fields)
				})
			);
		expect(await joinFresh({ code: session.code, nickname: 'ZOË B.' })).toMatchObject({
			status: 409
		});
		expect(await joinFresh({ code: session.code, nickname: '<script>' })).toMatchObject({
			status: 400
		});
		expect(await joinFresh({ code: session.code, nickname: 'x'.repeat(25) })).toMatchObject({
			status: 400
		});
		expect(await joinFresh({ code: session.code, nickname: '😀' })).toMatchObject({ status: 400 });
		expect(await joinFresh({ code: session.code, nickname: '' })).toMatchObject({ status: 400 });
		expect(await joinFresh({ code: 'ABCDEFG', nickname: 'Ok' })).toMatchObject({ status: 404 });
		expect(await joinFresh({ nickname: 'Ok' })).toMatchObject({ status: 400 });
	});

	it('lets a student answer only as themselves', async () => {
		const { session } = await newSession(c);
		const a = await newStudent(c, session.id, 'Alice');
		const b = await newStudent(c, session.id, 'Bob');
		const open = (await runCommand(c, session, 'start', -1))!;
		const q = sessionQuestionId(session, questionIds[0]!);
		const answer = (jar: CookieJar | undefined, fields: Record<string, string>) =>
			call(
				playPage.actions.answer,
				fakeEvent({
					path: `/play/${open.id}`,
					params: { id: open.id },
					cookies: jar,
					request: formRequest(`/play/${open.id}?/answer`, fields)
				})
			);
		expect(await answer(undefined, { question: q, choice: '0' })).toMatchObject({ status: 403 });
		const other = await newSession(c);
		const outsider = await newStudent(c, other.session.id, 'Outsider');
		expect(await answer(outsider.jar, { question: q, choice: '0' })).toMatchObject({ status: 403 });
		const forged = new CookieJar({ [studentCookieName(open.id)]: 'A'.repeat(43) });
		expect(await answer(forged, { question: q, choice: '0' })).toMatchObject({ status: 403 });
		// A field naming another student changes nothing: identity comes from the cookie only.
		expect(
			await answer(a.jar, {
				question: q,
				choice: String(keyOf(questionIds[0]!)),
				student: b.student.id
			})
		).toMatchObject({ status: 200 });
		const rows = await c.db
			.selectFrom('classroom_answer')
			.select('student_id')
			.where('session_id', '=', open.id)
			.execute();
		expect(rows).toEqual([{ student_id: a.student.id }]);
		expect(await answer(a.jar, { question: q })).toMatchObject({ status: 400 });
		expect(await answer(a.jar, { question: q, choice: '-1' })).toMatchObject({ status: 400 });
		expect(await answer(a.jar, { question: 'not-in-session', choice: '0' })).toMatchObject({
			status: 400
		});
	});

	it('keeps teacher pages, controls and streams from anyone without the teacher secret', async () => {
		const { session, hostSecret, hostJar } = await newSession(c);
		const s = await newStudent(c, session.id, 'Curious');
		const params = { id: session.id };
		const page = (jar: CookieJar, path = `/host/${session.id}`) =>
			call(hostPage.load, fakeEvent({ path, params, cookies: jar }));
		expect(await page(s.jar)).toMatchObject({ status: 403 });
		expect(await page(new CookieJar({ [hostCookieName(session.id)]: s.secret }))).toMatchObject({
			status: 403
		});
		expect(await page(hostJar)).toMatchObject({ status: 200 });
		// The teacher link carries the secret once, and becomes a cookie.
		const linkJar = new CookieJar();
		expect(await page(linkJar, `/host/${session.id}?key=${hostSecret}`)).toEqual({
			status: 303,
			value: `/host/${session.id}`
		});
		expect(linkJar.get(hostCookieName(session.id))).toBe(hostSecret);
		expect(await page(new CookieJar(), `/host/${session.id}?key=${s.secret}`)).toMatchObject({
			status: 403
		});
		for (const action of ['start', 'reveal', 'next', 'end'] as const) {
			const r = await call(
				hostPage.actions[action],
				fakeEvent({
					path: `/host/${session.id}`,
					params,
					cookies: s.jar,
					request: formRequest(`/host/${session.id}?/${action}`, { at: '-1' })
				})
			);
			expect(r.status).toBe(403);
		}
		const stream = (fn: unknown, jar: CookieJar, headers: Record<string, string> = {}) =>
			call(
				fn,
				fakeEvent({
					path: `/api/classroom/${session.id}/x`,
					params,
					cookies: jar,
					request: new Request(`${ORIGIN}/x`, { headers })
				})
			);
		expect(await stream(hostEvents.GET, s.jar)).toMatchObject({ status: 403 });
		expect(await stream(studentEvents.GET, new CookieJar())).toMatchObject({ status: 403 });
		expect(
			await stream(studentEvents.GET, s.jar, { origin: 'https://evil.example' })
		).toMatchObject({ status: 403 });
		expect(await stream(hostEvents.GET, hostJar, { 'sec-fetch-site': 'cross-site' })).toMatchObject(
			{ status: 403 }
		);
		expect(
			await call(itemsCsv.GET, fakeEvent({ path: '/x', params, cookies: s.jar }))
		).toMatchObject({ status: 403 });
		expect(
			await call(
				hostEvents.GET,
				fakeEvent({ path: '/x', params: { id: 'nope' }, cookies: hostJar })
			)
		).toMatchObject({ status: 404 });
	});

	it('sends no answer key to a student before the reveal, in the page data or the stream', async () => {
		const { session } = await newSession(c);
		const s = await newStudent(c, session.id, 'Watcher');
		const open = (await runCommand(c, session, 'start', -1))!;
		const params = { id: open.id };
		const load = async () =>
			(await call(playPage.load, fakeEvent({ path: `/play/${open.id}`, params, cookies: s.jar })))
				.value;
		const streamFirst = async () => {
			const r = (await studentEvents.GET(
				fakeEvent({ path: '/x', params, cookies: s.jar })
			)) as Response;
			return (await firstEvents(r.body!, 1))[0]!.data;
		};
		const before = [await load(), await streamFirst()];
		for (const payload of before) {
			const text = JSON.stringify(payload);
			for (const marker of KEY_MARKERS) expect(text).not.toContain(marker);
			// Authors' question ids can name the answer; students only ever see the opaque one.
			for (const id of questionIds) expect(text).not.toContain(id);
		}
		// Answering does not earn the key in teacher-paced mode either.
		const q = sessionQuestionId(session, questionIds[0]!);
		await call(
			playPage.actions.answer,
			fakeEvent({
				path: `/play/${open.id}`,
				params,
				cookies: s.jar,
				request: formRequest('/x', { question: q, choice: '0' })
			})
		);
		for (const marker of KEY_MARKERS) expect(JSON.stringify(await load())).not.toContain(marker);
		await runCommand(c, open, 'reveal', 0);
		expect(JSON.stringify(await load())).toContain('"keyIndex"');
	});

	it('streams the teacher who answered as it is recorded, but not what, before the reveal', async () => {
		const { session, hostJar } = await newSession(c);
		const s = await newStudent(c, session.id, 'Fast');
		const open = (await runCommand(c, session, 'start', -1))!;
		const response = (await hostEvents.GET(
			fakeEvent({ path: '/x', params: { id: open.id }, cookies: hostJar })
		)) as Response;
		expect(response.headers.get('content-type')).toContain('text/event-stream');
		// The stream is subscribed once its first event (the view) has arrived; answer after that.
		const stream = readEvents(response.body!);
		const first = (await stream.next()).value!;
		expect(first.event).toBe('view');
		const events = (async () => {
			const rest: SseEvent[] = [];
			for await (const e of stream) if (rest.push(e) >= 2 || e.event === 'delta') break;
			return [first, ...rest];
		})();
		await call(
			playPage.actions.answer,
			fakeEvent({
				path: '/x',
				params: { id: open.id },
				cookies: s.jar,
				request: formRequest('/x', {
					question: sessionQuestionId(session, questionIds[0]!),
					choice: '1'
				})
			})
		);
		const received = await events;
		expect(received[0]!.event).toBe('view');
		const delta = received.find((e) => e.event === 'delta');
		expect(delta).toMatchObject({
			event: 'delta',
			data: { t: 'answer', answer: { studentId: s.student.id, choice: null, correct: null } }
		});
	});
});
