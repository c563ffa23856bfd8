/**
 * Join rate limits on a PostgreSQL server live in the database, so two app instances (here: two
 * Classroom contexts, each with its own connection pool, on one database) draw from one bucket
 * and together allow no more than one instance would. PGlite keeps them in memory.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	openDatabase,
	type ClassroomDatabase
} from '../../../src/lib/server/classroom/store/database';
import { useDatabase, type Classroom } from '../../../src/lib/server/classroom/context';
import { joinByCode } from '../../../src/lib/server/classroom/commands/join';
import { RateLimiter } from '../../../src/lib/server/classroom/requests/rate-limit';
import { SharedRateLimit } from '../../../src/lib/server/classroom/requests/shared-rate-limit';
import { closeAllEventStreams } from '../../../src/lib/server/classroom/live/sse';
import { createTestDatabase } from './support/databases';
import { newSession, openClassroom, testConfig } from './support/classroom';
import { backends } from './support/databases';

describe('join rate limits shared by two instances on one PostgreSQL server', () => {
	let drop: () => Promise<void>;
	const databases: ClassroomDatabase[] = [];
	let a: Classroom;
	let b: Classroom;
	beforeAll(async () => {
		const created = await createTestDatabase();
		drop = created.drop;
		const config = testConfig(
			{},
			{
				joinBurstPerClient: 4,
				joinRatePerClient: 0.001,
				wrongCodeBurstPerClient: 3,
				wrongCodePerMinute: 0.01
			}
		);
		for (let i = 0; i < 2; i++) databases.push(await openDatabase({ url: created.url }));
		a = await useDatabase(databases[0]!, config);
		b = await useDatabase(databases[1]!, config);
	}, 60_000);
	afterAll(async () => {
		closeAllEventStreams();
		for (const d of databases) await d.close();
		await drop();
	});

	it('keeps one bucket per client across instances', async () => {
		expect(a.limits.joinsPerClient).toBeInstanceOf(SharedRateLimit);
		const taken = [];
		for (let i = 0; i < 8; i++) {
			taken.push(await (i % 2 ? b : a).limits.joinsPerClient.take('10.0.0.1'));
		}
		expect(taken).toEqual([true, true, true, true, false, false, false, false]);
		expect(await a.limits.joinsPerClient.peek('10.0.0.1')).toBe(false);
		expect(await b.limits.joinsPerClient.take('10.0.0.2')).toBe(true); // keys are independent
	});

	it('counts concurrent attempts from both instances exactly once each', async () => {
		const attempts = Array.from({ length: 40 }, (_, i) =>
			(i % 2 ? b : a).limits.joinsPerClient.take('10.0.0.3')
		);
		const results = await Promise.all(attempts);
		expect(results.filter(Boolean)).toHaveLength(4);
	});

	it('refuses wrong codes once the shared allowance is spent, whichever instance is asked', async () => {
		const { session } = await newSession(a);
		const outcomes = [];
		for (let i = 0; i < 8; i++) {
			const o = await joinByCode(
				i % 2 ? b : a,
				{ code: 'ZZZZZZZ', nickname: 'Guesser' },
				'10.0.0.9'
			);
			outcomes.push(o.ok ? 200 : o.status);
		}
		// 3 wrong codes for this client across both instances, not 3 on each.
		expect(outcomes).toEqual([404, 404, 404, 429, 429, 429, 429, 429]);
		const right = await joinByCode(b, { code: session.code, nickname: 'Late' }, '10.0.0.9');
		expect(right).toMatchObject({ ok: false, status: 429 });
	});

	it('refills with time', async () => {
		const limit = new SharedRateLimit(a.db, 'refill-test', 2, 20);
		expect([await limit.take('k'), await limit.take('k')]).toEqual([true, true]);
		expect(await limit.take('k')).toBe(false);
		await expect.poll(() => limit.take('k'), { timeout: 5000 }).toBe(true);
	});
});

describe('join rate limits with PGlite', () => {
	let c: Classroom;
	let close: () => Promise<void>;
	beforeAll(
		async () => ({ c, close } = await openClassroom(backends.find((x) => x.name === 'PGlite')!)),
		60_000
	);
	afterAll(() => close());

	it('are kept in memory (one process owns a PGlite folder)', () => {
		expect(c.limits.joinsPerClient).toBeInstanceOf(RateLimiter);
	});
});
