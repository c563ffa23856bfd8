/**
 * One typed query layer (Kysely, PostgreSQL dialect) over two engines: PGlite in a data folder by
 * default, a PostgreSQL server when DATABASE_URL is set. Both speak LISTEN/NOTIFY, which carries
 * classroom events between requests and, on a server, between app instances.
 */
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataFolderLock } from './lock-file';
import { migrateToLatest } from './migrations';
import { pgliteDialect } from './pglite-dialect';
import { PGliteThread } from './pglite-thread';
import type { ClassroomTables } from './schema';

export const EVENT_CHANNEL = 'sourced_classroom';

export type Db = Kysely<ClassroomTables>;

export interface ClassroomDatabase {
	kind: 'pglite' | 'postgres';
	db: Db;
	/**
	 * Calls `onPayload` with every NOTIFY on the classroom channel, from this or any instance.
	 * `onGap` is called after a lost listening connection came back: events may have been missed.
	 */
	listen(onPayload: (payload: string) => void, onGap: () => void): Promise<void>;
	close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string };

export async function openDatabase(target: DatabaseTarget): Promise<ClassroomDatabase> {
	const opened =
		'url' in target ? await openPostgres(target.url) : await openPglite(target.dataDir);
	try {
		await migrateToLatest(opened.db as Kysely<unknown>);
	} catch (error) {
		await opened.close();
		throw error;
	}
	return opened;
}

async function openPglite(dataDir: string): Promise<ClassroomDatabase> {
	mkdirSync(dataDir, { recursive: true });
	const release = acquireDataFolderLock(dataDir);
	let client: PGliteThread;
	try {
		client = await PGliteThread.open(dataDir);
	} catch (error) {
		release();
		throw error;
	}
	const db = new Kysely<ClassroomTables>({ dialect: pgliteDialect(client) });
	return {
		kind: 'pglite',
		db,
		async listen(onPayload) {
			// PGlite delivers a NOTIFY after the transaction that sent it commits.
			await client.listen(EVENT_CHANNEL, onPayload);
		},
		async close() {
			try {
				await db.destroy(); // closes PGlite, which writes out its state, and its thread
			} finally {
				release();
			}
		}
	};
}

async function openPostgres(url: string): Promise<ClassroomDatabase> {
	const pool = new pg.Pool({
		connectionString: url,
		max: Number(process.env.DATABASE_POOL_SIZE) || 20,
		// Fail a request rather than queue it forever when the server is gone.
		connectionTimeoutMillis: 10_000
	});
	// An idle client losing its server emits 'error' on the pool; without a handler that is fatal.
	pool.on('error', (error) => console.error('[classroom] PostgreSQL pool:', error.message));
	const db = new Kysely<ClassroomTables>({ dialect: new PostgresDialect({ pool }) });
	const listeners = new Set<pg.Client>();
	let closing = false;

	async function connectListener(onPayload: (payload: string) => void, onGap: () => void) {
		const client = new pg.Client({ connectionString: url });
		let ready = false;
		client.on('notification', (message) => {
			if (message.channel === EVENT_CHANNEL && message.payload) onPayload(message.payload);
		});
		client.on('error', (error) => console.error('[classroom] LISTEN connection:', error.message));
		client.on('end', () => {
			listeners.delete(client);
			if (!ready || closing) return;
			reconnectSoon(onPayload, onGap, 250);
		});
		try {
			await client.connect();
			await client.query(`LISTEN ${EVENT_CHANNEL}`);
		} catch (error) {
			await client.end().catch(() => {});
			throw error;
		}
		ready = true;
		listeners.add(client);
	}

	function reconnectSoon(onPayload: (payload: string) => void, onGap: () => void, delay: number) {
		setTimeout(() => {
			if (closing) return;
			connectListener(onPayload, onGap).then(onGap, (error: Error) => {
				console.error('[classroom] LISTEN reconnect failed:', error.message);
				reconnectSoon(onPayload, onGap, Math.min(delay * 2, 10_000));
			});
		}, delay).unref();
	}

	return {
		kind: 'postgres',
		db,
		listen: connectListener,
		async close() {
			closing = true;
			await Promise.all([...listeners].map((l) => l.end().catch(() => {})));
			await db.destroy();
		}
	};
}
