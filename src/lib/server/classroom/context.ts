/**
 * The classroom's process-wide state: the database, the event hub fed by LISTEN, and the rate
 * limiters. `startClassroom` runs from the server's `init` hook, before the server listens, so the
 * first answers never wait for a database to open.
 */
import { readConfig, type ClassroomConfig } from './config';
import { openDatabase, type ClassroomDatabase, type Db } from './database';
import { AnswerWriter } from './answer-batch';
import { startAutoReveal, type AutoReveal } from './auto-reveal';
import { Hub } from './hub';
import { RateLimiter } from './rate-limit';
import type { StudentRow } from './schema';
import { SessionCache } from './session-cache';

export interface Classroom {
	database: ClassroomDatabase;
	db: Db;
	hub: Hub;
	sessions: SessionCache;
	answers: AnswerWriter;
	autoReveal: AutoReveal;
	/** Students by the hash of their secret: rows never change once written. */
	students: Map<string, StudentRow>;
	config: ClassroomConfig;
	limits: {
		joinsPerClient: RateLimiter;
		wrongCodesPerClient: RateLimiter;
		joinsPerSession: RateLimiter;
	};
}

let current: Classroom | null = null;

export function classroom(): Classroom {
	if (!current) throw new Error('The classroom database is not open (startClassroom not run).');
	return current;
}

/** Wires a database to a fresh hub and limiters; tests call this with their own database. */
export async function useDatabase(
	database: ClassroomDatabase,
	config: ClassroomConfig = readConfig()
): Promise<Classroom> {
	const sessions = new SessionCache(database.db);
	const hub = new Hub((m) => {
		if (m.t === 'state') sessions.announce(m.s, m.rev);
		if (m.t === 'gap') sessions.clear();
	});
	await database.listen(
		(payload) => hub.deliver(payload),
		() => hub.gap()
	);
	current?.autoReveal.stop();
	const autoReveal = startAutoReveal(database.db, (row) => sessions.remember(row));
	// The sweep stops before its database closes (tests open and close many).
	const close = database.close.bind(database);
	database.close = () => {
		autoReveal.stop();
		return close();
	};
	const l = config.limits;
	current = {
		database,
		db: database.db,
		hub,
		sessions,
		answers: new AnswerWriter(database.db),
		autoReveal,
		students: new Map(),
		config,
		limits: {
			joinsPerClient: new RateLimiter(l.joinBurstPerClient, l.joinRatePerClient),
			wrongCodesPerClient: new RateLimiter(l.wrongCodeBurstPerClient, l.wrongCodePerMinute / 60),
			joinsPerSession: new RateLimiter(l.joinBurstPerSession, l.joinRatePerSession)
		}
	};
	return current;
}

export async function startClassroom(): Promise<Classroom> {
	if (current) return current;
	const config = readConfig();
	const database = await openDatabase(
		config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir }
	);
	console.log(
		database.kind === 'postgres'
			? '[classroom] using PostgreSQL (DATABASE_URL)'
			: `[classroom] using PGlite in ${config.dataDir}`
	);
	return useDatabase(database, config);
}

export async function stopClassroom(): Promise<void> {
	const c = current;
	current = null;
	await c?.database.close();
}
