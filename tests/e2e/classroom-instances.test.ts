/**
 * Several app instances share one PostgreSQL server: a student answering through instance A
 * appears on the teacher's dashboard stream served by instance B (LISTEN/NOTIFY), and the join
 * rate limits hold across both. And the built
 * app, killed with SIGKILL mid-burst, keeps every answer it acknowledged (PGlite).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../unit/classroom/support/databases';
import { startApp, type App } from '../unit/classroom/support/app-process';
import { until, Visitor } from '../unit/classroom/support/http-client';
import type { SseEvent } from '../unit/classroom/support/sse';
import { extraPort } from '../ports';

const apps: App[] = [];
test.afterAll(async () => {
	for (const app of apps) await app.stop('SIGKILL');
});

async function teacherAndStudent(a: App, b: App) {
	const teacher = new Visitor(b.base);
	const created = await teacher.form('/teach', {
		topic: 'us-venezuela-2019-2025',
		quiz: 'bank:detainees',
		mode: 'teacher',
		count: '5'
	});
	expect(created.status).toBe(303);
	const sessionId = created.location!.split('/').pop()!;
	const hostEvents: SseEvent[] = [];
	const hostStream = await teacher.stream(`/api/classroom/${sessionId}/host-events`, (e) =>
		hostEvents.push(e)
	);
	await until(() => hostEvents.length > 0, 10_000, 'teacher view');
	const code = (hostEvents[0]!.data as { code: string }).code;
	const student = new Visitor(a.base);
	expect((await student.form('/join', { code, nickname: 'Across' })).status).toBe(303);
	return { teacher, sessionId, hostEvents, hostStream, student };
}

test('an answer through instance A reaches the teacher on instance B', async () => {
	test.setTimeout(150_000); // two app instances start cold
	const { url, drop } = await createTestDatabase();
	try {
		const [a, b] = await Promise.all([
			startApp(extraPort(1), { DATABASE_URL: url }),
			startApp(extraPort(2), { DATABASE_URL: url })
		]);
		apps.push(a, b);
		const { teacher, sessionId, hostEvents, hostStream, student } = await teacherAndStudent(a, b);
		await until(() => hostEvents.some((e) => e.event === 'delta'), 5000, 'join on B');
		const studentEvents: SseEvent[] = [];
		const studentStream = await student.stream(`/api/classroom/${sessionId}/events`, (e) =>
			studentEvents.push(e)
		);
		// The teacher, on B, opens the question; the student, on A, gets it pushed.
		expect((await teacher.form(`/host/${sessionId}?/start`, { at: '-1' })).status).toBe(200);
		await until(
			() => studentEvents.some((e) => (e.data as { phase: string }).phase === 'question'),
			5000,
			'question on A'
		);
		const view = studentEvents.find((e) => (e.data as { phase: string }).phase === 'question')!
			.data as { question: { id: string } };
		const sent = performance.now();
		expect(
			(
				await student.form(`/play/${sessionId}?/answer`, {
					question: view.question.id,
					choice: '1'
				})
			).status
		).toBe(200);
		await until(
			() => hostEvents.some((e) => (e.data as { t?: string }).t === 'answer'),
			5000,
			'answer on B'
		);
		const delta = hostEvents.find((e) => (e.data as { t?: string }).t === 'answer')!;
		// Teacher-paced, the dashboard learns who answered, not what, until the reveal.
		expect(delta.data).toMatchObject({ answer: { choice: null, correct: null } });
		expect(delta.at - sent).toBeLessThan(1000);
		hostStream.close();
		studentStream.close();
	} finally {
		for (const app of apps.splice(0)) await app.stop('SIGKILL');
		await drop();
	}
});

test('two instances on one PostgreSQL server share the join limits', async () => {
	test.setTimeout(60_000);
	const { url, drop } = await createTestDatabase();
	try {
		const env = {
			DATABASE_URL: url,
			CLASSROOM_WRONG_CODE_BURST: '3',
			CLASSROOM_WRONG_CODES_PER_MINUTE: '0.01'
		};
		const [a, b] = await Promise.all([startApp(extraPort(13), env), startApp(extraPort(14), env)]);
		apps.push(a, b);
		// One client guessing codes through a balancer that alternates between the instances.
		const statuses: number[] = [];
		for (let i = 0; i < 8; i++) {
			const guesser = new Visitor((i % 2 ? b : a).base);
			statuses.push((await guesser.form('/join', { code: 'ZZZZZZZ', nickname: 'Guess' })).status);
		}
		// Per instance, each would have allowed 3 wrong codes (6 in all); together they allow 3.
		expect(statuses).toEqual([404, 404, 404, 429, 429, 429, 429, 429]);
	} finally {
		for (const app of apps.splice(0)) await app.stop('SIGKILL');
		await drop();
	}
});

test('the built app keeps every acknowledged answer when killed (PGlite)', async () => {
	test.setTimeout(180_000);
	const dataDir = mkdtempSync(join(tmpdir(), 'sourced-e2e-kill-'));
	let app = await startApp(extraPort(3), { DATA_DIR: dataDir });
	apps.push(app);
	const teacher = new Visitor(app.base);
	const sessionId = (
		await teacher.form('/teach', {
			topic: 'us-venezuela-2019-2025',
			quiz: 'bank:detainees',
			mode: 'self',
			count: '20'
		})
	)
		.location!.split('/')
		.pop()!;
	await teacher.form(`/host/${sessionId}?/start`, { at: '-1' });
	const code = /code:"([A-Z0-9]{7})"/.exec(
		await (await teacher.get(`/host/${sessionId}`)).text()
	)![1]!;
	const students = await Promise.all(
		Array.from({ length: 20 }, async (_, i) => {
			const v = new Visitor(app.base);
			expect((await v.form('/join', { code, nickname: `Kid ${i}` })).status).toBe(303);
			return v;
		})
	);
	const questionsOf = async (v: Visitor) => {
		const ids: string[] = [];
		const html = await (await v.get(`/play/${sessionId}`)).text();
		ids.push(/name="question" value="([^"]+)"/.exec(html)![1]!);
		return ids;
	};
	const acked = new Set<string>();
	for (let round = 0; round < 2; round++) {
		// Kill in mid-burst, after a random number of this round's answers were acknowledged: a
		// condition, not a delay, so a cold start on a busy machine cannot make the kill come first.
		const killAfter = 1 + Math.floor(Math.random() * 20);
		let ackedThisRound = 0;
		let reached!: () => void;
		const acknowledged = new Promise<void>((r) => (reached = r));
		const burst = Promise.all(
			students.map(async (v, i) => {
				for (let k = 0; k < 20; k++) {
					try {
						const [q] = await questionsOf(v);
						const r = await v.form(`/play/${sessionId}?/answer`, { question: q!, choice: '0' });
						if (r.status === 200) {
							acked.add(`${i}:${q}`);
							if (++ackedThisRound >= killAfter) reached();
						}
					} catch {
						return; // the server is gone
					}
				}
			})
		);
		await Promise.race([acknowledged, burst]);
		await app.stop('SIGKILL');
		await burst;
		app = await startApp(extraPort(3), { DATA_DIR: dataDir });
		apps.push(app);
	}
	// Every acknowledged answer is in the teacher's results.
	const csv = await (await teacher.get(`/host/${sessionId}/report/results.csv`)).text();
	const answered = new Map(
		csv
			.trim()
			.split('\r\n')
			.slice(1)
			.map((line) => [line.split(',')[0]!, Number(line.split(',')[2])])
	);
	const perStudent = new Map<string, number>();
	for (const key of acked)
		perStudent.set(key.split(':')[0]!, (perStudent.get(key.split(':')[0]!) ?? 0) + 1);
	for (const [i, n] of perStudent) expect(answered.get(`Kid ${i}`)!).toBeGreaterThanOrEqual(n);
	expect(acked.size).toBeGreaterThan(0);
	await app.stop('SIGKILL');
	rmSync(dataDir, { recursive: true, force: true });
});
