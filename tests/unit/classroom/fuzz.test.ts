/**
 * Fuzzing: 10,000 generated requests per endpoint, in-process against the real actions and
 * handlers on a real database. Every answer must be a success, a redirect or a 4xx: never a 5xx.
 * Inputs mix garbage with valid pieces (a real session id, real cookies, real question ids) so the
 * deeper paths are reached too.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classroom } from '../../../src/lib/server/classroom/context';
import { runCommand } from '../../../src/lib/server/classroom/commands/teacher';
import { publicIdOf } from '../../../src/lib/server/quiz/public';
import * as teachPage from '../../../src/routes/teach/+page.server';
import * as joinPage from '../../../src/routes/join/+page.server';
import * as playPage from '../../../src/routes/play/[id]/+page.server';
import * as hostPage from '../../../src/routes/host/[id]/+page.server';
import * as reportPage from '../../../src/routes/host/[id]/report/+page.server';
import * as endPage from '../../../src/routes/host/[id]/end/+page.server';
import * as linkPage from '../../../src/routes/host/[id]/link/+page.server';
import * as itemsCsv from '../../../src/routes/host/[id]/report/items.csv/+server';
import * as questionsCsv from '../../../src/routes/host/[id]/report/questions.csv/+server';
import { sessionQuestionId } from '../../../src/lib/server/classroom/views/session-questions';
import * as studentEvents from '../../../src/routes/api/classroom/[id]/events/+server';
import * as hostEvents from '../../../src/routes/api/classroom/[id]/host-events/+server';
import * as resultsCsv from '../../../src/routes/host/[id]/report/results.csv/+server';
import { backends } from './support/databases';
import { CookieJar, fakeEvent, ORIGIN, statusOf } from './support/events';
import { newSession, newStudent, openClassroom, questionIds } from './support/classroom';

const RUNS = 10_000;

let c: Classroom;
let close: () => Promise<void>;
const ids: string[] = [];
const jars: CookieJar[] = [];
const words: string[] = [];

beforeAll(async () => {
	({ c, close } = await openClassroom(backends[0]!));
	const teacherPaced = await newSession(c, 'teacher');
	const selfPaced = await newSession(c, 'self');
	for (const s of [teacherPaced, selfPaced]) {
		ids.push(s.session.id);
		words.push(...questionIds.map((id) => sessionQuestionId(s.session, id)));
		jars.push(s.hostJar, (await newStudent(c, s.session.id, `Student ${ids.length}`)).jar);
		words.push(s.session.code);
	}
	await runCommand(c, teacherPaced.session, 'start', -1);
	await runCommand(c, selfPaced.session, 'start', -1);
	// Both jars together: a cookie header with several sessions' cookies.
	jars.push(new CookieJar(Object.fromEntries(jars.flatMap((j) => [...j.values]))));
	words.push(
		...questionIds.map(publicIdOf),
		...questionIds,
		'bank:' + questionIds[0],
		'teacher',
		'self',
		'first',
		'shuffle',
		'on',
		'off',
		'0',
		'1',
		'-1',
		'3',
		'99'
	);
}, 60_000);
afterAll(() => close());

const text = () =>
	fc.oneof(
		fc.string(),
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc.constantFrom(...words),
		fc.integer({ min: -5, max: 10 }).map(String),
		fc.constant('x'.repeat(5000))
	);
const formFields = () =>
	fc.dictionary(
		fc.oneof(
			fc.constantFrom(
				'code',
				'nickname',
				'question',
				'choice',
				'at',
				'show',
				'quiz',
				'mode',
				'timer',
				'count',
				'leaderboard',
				'pick',
				'q',
				'autoreveal'
			),
			fc.string({ maxLength: 8 })
		),
		text(),
		{ maxKeys: 6 }
	);
const sessionId = () => fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.string({ maxLength: 40 }));
const cookies = () =>
	fc.oneof(
		fc.constantFrom(...jars),
		fc.constant(new CookieJar()),
		fc.tuple(sessionId(), fc.string({ maxLength: 50 })).map(
			([id, v]) =>
				new CookieJar({
					[`sourced_student_${id}`]: v,
					[`sourced_host_${id}`]: v,
					sourced_teacher: v
				})
		)
	);
const origin = () =>
	fc.oneof(
		fc.constant(ORIGIN),
		fc.constant(undefined),
		fc.constant('https://evil.example'),
		fc.string({ maxLength: 20 })
	);

/** A form post: urlencoded, multipart, or a body that claims to be a form and is not. */
const body = () =>
	fc.oneof(
		formFields().map((f) => ({
			body: new URLSearchParams(f) as BodyInit,
			type: undefined as string | undefined
		})),
		formFields().map((f) => {
			const form = new FormData();
			for (const [k, v] of Object.entries(f)) form.append(k, v);
			form.append('file', new Blob(['x']), 'x.txt');
			return { body: form as BodyInit, type: undefined };
		}),
		fc
			.string({ unit: 'binary', maxLength: 200 })
			.map((b) => ({ body: b as BodyInit, type: 'multipart/form-data; boundary=xyz' }))
	);

function request(
	path: string,
	b: { body: BodyInit; type: string | undefined },
	from: string | undefined
) {
	const headers: Record<string, string> = {};
	if (b.type) headers['content-type'] = b.type;
	if (from !== undefined) headers.origin = from;
	return new Request(`${ORIGIN}${path}`, { method: 'POST', body: b.body, headers });
}

async function neverServerError(run: () => unknown) {
	const { status, value } = await statusOf(run);
	if (status >= 500)
		throw new Error(`status ${status}: ${String((value as Error)?.stack ?? value)}`);
	expect(status).toBeGreaterThanOrEqual(200);
}

const postEndpoints: [string, (id: string) => string, unknown][] = [
	['teach: create', () => '/teach', teachPage.actions.default],
	['join', () => '/join', joinPage.actions.default],
	['play: answer', (id) => `/play/${id}?/answer`, playPage.actions.answer],
	['host: start', (id) => `/host/${id}?/start`, hostPage.actions.start],
	['host: reveal', (id) => `/host/${id}?/reveal`, hostPage.actions.reveal],
	['host: next', (id) => `/host/${id}?/next`, hostPage.actions.next],
	['host: end', (id) => `/host/${id}?/end`, hostPage.actions.end],
	['host: leaderboard', (id) => `/host/${id}?/leaderboard`, hostPage.actions.leaderboard],
	['host: end, confirmed', (id) => `/host/${id}/end`, endPage.actions.default]
];

describe(`fuzzing with ${RUNS} inputs per endpoint never gets a 5xx`, () => {
	for (const [name, path, action] of postEndpoints) {
		it(
			name,
			async () => {
				await fc.assert(
					fc.asyncProperty(
						sessionId(),
						cookies(),
						body(),
						origin(),
						fc.ipV4(),
						async (id, jar, b, from, address) => {
							const p = path(id);
							const event = fakeEvent({
								path: p,
								params: { id },
								cookies: jar,
								request: request(p, b, from),
								address
							});
							await neverServerError(() => (action as (e: unknown) => unknown)(event));
						}
					),
					{ numRuns: RUNS }
				);
			},
			120_000
		);
	}

	const getEndpoints: [string, unknown][] = [
		['student events (SSE)', studentEvents.GET],
		['teacher events (SSE)', hostEvents.GET],
		['play page', playPage.load],
		['host page', hostPage.load],
		['report page', reportPage.load],
		['end confirmation page', endPage.load],
		['phone link page', linkPage.load],
		['teach page', teachPage.load],
		['results CSV', resultsCsv.GET],
		['items CSV', itemsCsv.GET],
		['questions CSV', questionsCsv.GET]
	];
	for (const [name, handler] of getEndpoints) {
		it(
			name,
			async () => {
				await fc.assert(
					fc.asyncProperty(
						sessionId(),
						cookies(),
						origin(),
						fc.option(fc.tuple(fc.constantFrom('key', 'quiz', 'mode'), text())),
						async (id, jar, from, param) => {
							const query = param === null ? '' : `?${param[0]}=${encodeURIComponent(param[1])}`;
							const headers: Record<string, string> = from === undefined ? {} : { origin: from };
							const event = fakeEvent({
								path: `/x/${encodeURIComponent(id)}${query}`,
								params: { id },
								cookies: jar,
								request: new Request(`${ORIGIN}/x`, { headers })
							});
							await neverServerError(() => (handler as (e: unknown) => unknown)(event));
						}
					),
					{ numRuns: RUNS }
				);
			},
			120_000
		);
	}
});
