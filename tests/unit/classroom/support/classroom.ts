/** Sets up a Classroom on a fresh database, and shortcuts for sessions and students. */
import { resolve } from 'node:path';
import type { ClassroomConfig, RateLimitConfig } from '../../../../src/lib/server/classroom/config';
import { useDatabase, type Classroom } from '../../../../src/lib/server/classroom/context';
import { createSession } from '../../../../src/lib/server/classroom/store/sessions';
import { joinSession } from '../../../../src/lib/server/classroom/store/students';
import { TOPIC, catalog } from '../../topic';
import {
	hostCookieName,
	studentCookieName
} from '../../../../src/lib/server/classroom/requests/tokens';
import type { Mode } from '../../../../src/lib/server/classroom/store/schema';
import { openFresh, type Backend } from './databases';
import { CookieJar } from './events';

const roomy: RateLimitConfig = {
	joinBurstPerClient: 1e6,
	joinRatePerClient: 1e6,
	wrongCodeBurstPerClient: 1e6,
	wrongCodePerMinute: 1e6,
	joinBurstPerSession: 1e6,
	joinRatePerSession: 1e6
};

export function testConfig(
	over: Partial<ClassroomConfig> = {},
	limits: Partial<RateLimitConfig> = {}
): ClassroomConfig {
	return {
		databaseUrl: null,
		dataDir: resolve('unused'),
		capacity: 1000,
		...over,
		limits: { ...roomy, ...limits }
	};
}

export async function openClassroom(backend: Backend, config = testConfig()) {
	const { database, close } = await openFresh(backend);
	const c = await useDatabase(database, config);
	return { c, close };
}

export const bank = catalog.banks.find((b) => b.questionIds.length >= 4)!;
export const questionIds = bank.questionIds.slice(0, 4);
export const keyOf = (id: string) =>
	catalog.questionById.get(id)!.options.findIndex((o) => o.correct);

export async function newSession(
	c: Classroom,
	mode: Mode = 'teacher',
	extra: { capacity?: number; timer?: number; autoReveal?: boolean; ids?: string[] } = {}
) {
	const { session, hostSecret } = await createSession(c.db, {
		title: bank.title,
		topicId: TOPIC,
		sourceKind: 'bank',
		sourceId: bank.id,
		questionIds: extra.ids ?? questionIds,
		mode,
		timerSeconds: extra.timer ?? null,
		autoReveal: extra.autoReveal,
		leaderboard: false,
		capacity: extra.capacity ?? 1000
	});
	const hostJar = new CookieJar({ [hostCookieName(session.id)]: hostSecret });
	return { session, hostSecret, hostJar };
}

export async function newStudent(c: Classroom, sessionId: string, nickname: string) {
	const joined = await joinSession(c.db, sessionId, nickname);
	if (!joined.ok) throw new Error(`join failed: ${joined.reason}`);
	const jar = new CookieJar({ [studentCookieName(sessionId)]: joined.secret });
	return { student: joined.student, secret: joined.secret, jar };
}

/** Anything in a student's payload that would give an unanswered question away. */
export const KEY_MARKERS = [
	'"correct"',
	'"feedback"',
	'"explanation"',
	'"keyIndex"',
	'"evidence"',
	'why_wrong',
	'"label"'
];
