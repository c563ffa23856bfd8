/**
 * The two engines every database test runs against: PGlite in a fresh temporary folder, and a
 * fresh database on the PostgreSQL server (created per test file, dropped after). A missing server
 * fails the tests with a message saying how to get one; it is never skipped.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { closeAllEventStreams } from '../../../../src/lib/server/classroom/live/sse';
import {
	openDatabase,
	type ClassroomDatabase
} from '../../../../src/lib/server/classroom/store/database';

export const ADMIN_URL =
	process.env.CLASSROOM_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function tempDataDir(): string {
	return mkdtempSync(join(tmpdir(), 'sourced-pglite-'));
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: ADMIN_URL });
	try {
		await client.connect();
	} catch (error) {
		throw new Error(
			`PostgreSQL is not reachable at ${ADMIN_URL} (${(error as Error).message}). ` +
				'Run `bash scripts/ensure-postgres.sh`, or set CLASSROOM_TEST_DATABASE_URL to a server where ' +
				'this user may create databases.'
		);
	}
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

/** A new empty database; returns its URL and the function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `sourced_test_${randomBytes(6).toString('hex')}`;
	await admin((c) => c.query(`CREATE DATABASE ${name}`));
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {})
	};
}

export interface Backend {
	name: 'PGlite' | 'PostgreSQL';
	/** A target for openDatabase, fresh for this test file, and its cleanup. */
	prepare(): Promise<{
		target: { dataDir: string } | { url: string };
		cleanup: () => Promise<void>;
	}>;
}

export const backends: Backend[] = [
	{
		name: 'PGlite',
		async prepare() {
			const dataDir = tempDataDir();
			return {
				target: { dataDir },
				cleanup: async () => rmSync(dataDir, { recursive: true, force: true })
			};
		}
	},
	{
		name: 'PostgreSQL',
		async prepare() {
			const { url, drop } = await createTestDatabase();
			return { target: { url }, cleanup: drop };
		}
	}
];

/** Opens a fresh database of the backend; `close` closes and removes it. */
export async function openFresh(
	backend: Backend
): Promise<{ database: ClassroomDatabase; close: () => Promise<void> }> {
	const { target, cleanup } = await backend.prepare();
	const database = await openDatabase(target);
	return {
		database,
		close: async () => {
			// Let streams still setting up finish their queries before the database goes away.
			closeAllEventStreams();
			await new Promise((r) => setTimeout(r, 200));
			await database.close();
			await cleanup();
		}
	};
}
