/**
 * PGlite runs on its own thread: the main thread (HTTP, event streams) keeps running while a
 * statement executes, and rows, errors and NOTIFY come back as PGlite gives them.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../../src/lib/server/classroom/store/errors';
import { PGliteThread } from '../../../src/lib/server/classroom/store/pglite-thread';
import { tempDataDir } from './support/databases';

describe('PGlite on its own thread', () => {
	const dataDir = tempDataDir();
	let client: PGliteThread;
	beforeAll(async () => {
		client = await PGliteThread.open(dataDir);
		await client.query('create table t (id int primary key, at timestamptz, tags text[])');
	});
	afterAll(async () => {
		// The last test has closed it already; closing again only confirms it stopped.
		await client.close().catch(() => {});
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('keeps the main thread free while a statement runs', async () => {
		let turns = 0;
		let running = true;
		const spin = () => {
			turns++;
			if (running) setImmediate(spin);
		};
		setImmediate(spin);
		// Seconds of WASM work: on this thread no setImmediate could run until it ended.
		const { rows } = await client.query(
			'select count(*)::int as n from generate_series(1, 1000000) a, lateral (select md5(a::text)) m'
		);
		running = false;
		expect(rows).toEqual([{ n: 1_000_000 }]);
		expect(turns).toBeGreaterThan(20);
	});

	it('returns rows with the types PGlite parsed, and parameters as sent', async () => {
		const at = new Date('2026-01-02T03:04:05.678Z');
		await client.query('insert into t values ($1, $2, $3)', [1, at, ['a', 'b,c']]);
		const { rows } = await client.query('select * from t where id = $1', [1]);
		expect(rows).toEqual([{ id: 1, at, tags: ['a', 'b,c'] }]);
		expect(rows[0]!.at).toBeInstanceOf(Date);
	});

	it('rejects with PostgreSQL’s error and its code', async () => {
		const duplicate = client.query('insert into t values (1, null, null)');
		await expect(duplicate).rejects.toThrow(/duplicate key/);
		expect(isUniqueViolation(await duplicate.catch((e: unknown) => e))).toBe(true);
		// The session is still usable after the error.
		expect((await client.query('select count(*)::int as n from t')).rows).toEqual([{ n: 1 }]);
	});

	it('delivers NOTIFY to every listener, after commit and in order', async () => {
		const a: string[] = [];
		const b: string[] = [];
		await client.listen('ch', (p) => a.push(p));
		await client.listen('ch', (p) => b.push(p));
		await client.query('begin');
		await client.query(`select pg_notify('ch', 'one')`);
		expect(a).toEqual([]);
		await client.query(`select pg_notify('ch', 'two')`);
		await client.query('commit');
		await expect.poll(() => a).toEqual(['one', 'two']);
		expect(b).toEqual(['one', 'two']);
	});

	it('hands one statement’s notifications over in one turn of the event loop', async () => {
		// A batch of answers is one statement raising a NOTIFY per answer. Sent one message each,
		// a busy main thread could take them over several turns, and the teacher's stream, which
		// gathers what arrives in one turn, then wrote one delta at a time (CI, 6 Dec 2026).
		const got: string[] = [];
		let inFirstTurn = -1;
		await client.listen('ch', (p) => {
			if (!p.startsWith('burst')) return;
			if (got.length === 0) setImmediate(() => (inFirstTurn = got.length));
			got.push(p);
		});
		const { rows } = await client.query(
			`select count(pg_notify('ch', 'burst ' || g))::int as n from generate_series(1, 12) g`
		);
		expect(rows).toEqual([{ n: 12 }]);
		await expect.poll(() => inFirstTurn).toBe(12);
		expect(got).toEqual(Array.from({ length: 12 }, (_, i) => `burst ${i + 1}`));
	});

	it('keeps what was committed across a close and a reopen', async () => {
		await client.query('insert into t values (2, null, null)');
		await client.close();
		client = await PGliteThread.open(dataDir);
		const { rows } = await client.query('select id from t order by id');
		expect(rows).toEqual([{ id: 1 }, { id: 2 }]);
	});

	it('fails calls at once, never hangs them, once its thread has stopped', async () => {
		await client.close();
		await expect(client.query('select 1')).rejects.toThrow(/PGlite thread has stopped/);
	});
});
