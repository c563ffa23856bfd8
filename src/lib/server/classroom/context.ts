/**
 * The classroom's process-wide state: the database, the event hub fed by LISTEN, and the rate
 * limiters (in memory with PGlite, in the database with a PostgreSQL server). `startClassroom` runs from the server's `init` hook, before the server listens, so the
 * first answers never wait for a database to open.
 */
import { readConfig, type ClassroomConfig } from './config';
import { openDatabase, type ClassroomDatabase, type Db } from './store/database';
import { AnswerWriter, GATHER_MS } from './store/answer-batch';
import { startAutoReveal, type AutoReveal } from './commands/auto-reveal';
import { Hub } from './live/hub';
import { RateLimiter, type RateLimit } from './requests/rate-limit';
import { SharedRateLimit } from './requests/shared-rate-limit';
import type { StudentRow } from './store/schema';
import { SessionCache } from './live/session-cache';

export interface Classroom {
	database: ClassroomDatabase;
	db: Db;
	hub: Hub;
	sessions: SessionCache;
	answers: AnswerWriter;
	autoReveal: AutoReveal;
	/** Students by their secret (this process's memory only): rows never change once written. */
	students: Map<string, StudentRow>;
	config: ClassroomConfig;
	limits: {
		joinsPerClient: RateLimit;
		wrongCodesPerClient: RateLimit;
		joinsPerSession: RateLimit;
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
	// On a server, several instances may share the database: so must they share the limits.
	const limit = (name: string, burst: number, perSecond: number): RateLimit =>
		database.kind === 'postgres'
			? new SharedRateLimit(database.db, name, burst, perSecond)
			: new RateLimiter(burst, perSecond);
	current = {
		database,
		db: database.db,
		hub,
		sessions,
		answers: new AnswerWriter(database.db, GATHER_MS[database.kind]),
		autoReveal,
		students: new Map(),
		config,
		limits: {
			joinsPerClient: limit('join-client', l.joinBurstPerClient, l.joinRatePerClient),
			wrongCodesPerClient: limit(
				'wrong-code-client',
				l.wrongCodeBurstPerClient,
				l.wrongCodePerMinute / 60
			),
			joinsPerSession: limit('join-session', l.joinBurstPerSession, l.joinRatePerSession)
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
