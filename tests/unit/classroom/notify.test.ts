/**
 * Two app instances on one PostgreSQL server: an answer recorded through A reaches B's listeners,
 * by LISTEN/NOTIFY, in commit order. (The browser-level twin, with two built app processes and a
 * real event stream, is tests/e2e/classroom-instances.test.ts.)
 */
import { afterAll, expect, it } from 'vitest';
import { recordAnswer } from '../../../src/lib/server/classroom/store/answers';
import {
	openDatabase,
	type ClassroomDatabase
} from '../../../src/lib/server/classroom/store/database';
import { Hub, type HubMessage } from '../../../src/lib/server/classroom/live/hub';
import { createSession } from '../../../src/lib/server/classroom/store/sessions';
import { joinSession } from '../../../src/lib/server/classroom/store/students';
import { createTestDatabase } from './support/databases';

const opened: ClassroomDatabase[] = [];
let drop = async () => {};
afterAll(async () => {
	for (const d of opened) await d.close();
	await drop();
});

it('carries an answer from instance A to a stream on instance B', async () => {
	const created = await createTestDatabase();
	drop = created.drop;
	const [a, b] = await Promise.all([
		openDatabase({ url: created.url }),
		openDatabase({ url: created.url })
	]);
	opened.push(a!, b!);
	const hubB = new Hub();
	await b!.listen(
		(p) => hubB.deliver(p),
		() => hubB.gap()
	);

	const { session } = await createSession(a!.db, {
		title: 't',
		topicId: 'us-venezuela-2019-2025',
		sourceKind: 'bank',
		sourceId: 'x',
		questionIds: ['q1', 'q2'],
		mode: 'self',
		timerSeconds: null,
		leaderboard: false,
		capacity: 10
	});
	const seen: HubMessage[] = [];
	hubB.subscribe(session.id, null, (m) => seen.push(m));
	const joined = await joinSession(a!.db, session.id, 'Across');
	if (!joined.ok) throw new Error('join failed');
	const st = joined.student.id;
	await recordAnswer(a!.db, {
		sessionId: session.id,
		studentId: st,
		questionId: 'q1',
		choice: 2,
		correct: true
	});
	await recordAnswer(a!.db, {
		sessionId: session.id,
		studentId: st,
		questionId: 'q2',
		choice: 0,
		correct: false
	});
	await expect.poll(() => seen.length, { timeout: 5000 }).toBe(3);
	expect(seen).toEqual([
		{ t: 'join', s: session.id, st, n: 'Across' },
		{ t: 'answer', s: session.id, st, q: 'q1', ch: 2, c: true },
		{ t: 'answer', s: session.id, st, q: 'q2', ch: 0, c: false }
	]);
});
