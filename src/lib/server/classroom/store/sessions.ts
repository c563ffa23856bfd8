/** Session rows: creation, lookups, and the teacher's state changes (each one a NOTIFY). */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import { newJoinCode } from './codes';
import { EVENT_CHANNEL, type Db } from './database';
import { isUniqueViolation } from './errors';
import type { Mode, Phase, SessionRow, SourceKind, SessionTable } from './schema';
import { hashSecret, newSecret } from '../requests/tokens';

export interface NewSessionInput {
	title: string;
	/** The topic the questions come from (ids are unique only within a topic). */
	topicId: string;
	sourceKind: SourceKind;
	sourceId: string;
	questionIds: string[];
	mode: Mode;
	timerSeconds: number | null;
	/** Reveal the answers by themselves when the timer runs out. */
	autoReveal?: boolean;
	leaderboard: boolean;
	capacity: number;
	/** sha256 of the creating browser's teacher-device secret, if any. */
	ownerHash?: string | null;
}

export async function createSession(
	db: Db,
	input: NewSessionInput
): Promise<{ session: SessionRow; hostSecret: string }> {
	const hostSecret = newSecret();
	for (let attempt = 0; ; attempt++) {
		try {
			const session = await db
				.insertInto('classroom_session')
				.values({
					id: randomUUID(),
					code: newJoinCode(),
					host_token_hash: hashSecret(hostSecret),
					title: input.title,
					topic_id: input.topicId,
					source_kind: input.sourceKind,
					source_id: input.sourceId,
					question_ids: input.questionIds,
					mode: input.mode,
					phase: 'lobby',
					current_index: -1,
					rev: 0,
					timer_seconds: input.timerSeconds,
					question_deadline: null,
					auto_reveal: Boolean(input.autoReveal && input.timerSeconds),
					leaderboard: input.leaderboard,
					capacity: input.capacity,
					ended_at: null,
					question_key: newSecret(),
					owner_hash: input.ownerHash ?? null
				})
				.returningAll()
				.executeTakeFirstOrThrow();
			return { session, hostSecret };
		} catch (error) {
			// A code collision (one in billions per live session): draw another.
			if (!isUniqueViolation(error) || attempt >= 5) throw error;
		}
	}
}

export function getSession(db: Db, id: string): Promise<SessionRow | undefined> {
	return db.selectFrom('classroom_session').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Codes of ended sessions stop working: only sessions still going are found. */
export function findJoinableByCode(db: Db, code: string): Promise<SessionRow | undefined> {
	return db
		.selectFrom('classroom_session')
		.selectAll()
		.where('code', '=', code)
		.where('phase', '<>', 'ended')
		.executeTakeFirst();
}

export function isHostSecret(session: SessionRow, secret: string | null): boolean {
	if (!secret) return false;
	const given = Buffer.from(hashSecret(secret), 'hex');
	const stored = Buffer.from(session.host_token_hash, 'hex');
	return given.length === stored.length && timingSafeEqual(given, stored);
}

type Change = Partial<
	Pick<SessionTable, 'phase' | 'current_index' | 'leaderboard' | 'question_deadline'>
> & {
	ended_at?: Date;
	/**
	 * Seconds from now (the database's clock, the one the answer statement checks against) to the
	 * new deadline; null clears it.
	 */
	deadlineIn?: number | null;
};

/**
 * Applies `change` if the session is still where the teacher saw it (`phases`, `atIndex`), bumps
 * `rev` and notifies every instance, in one statement. A double click finds the session moved on
 * and changes nothing (undefined).
 */
export async function changeSession(
	db: Db,
	id: string,
	guard: { phases: Phase[]; atIndex?: number },
	change: Change
): Promise<SessionRow | undefined> {
	const { deadlineIn, ...plain } = change;
	const deadline =
		deadlineIn === undefined
			? {}
			: {
					question_deadline:
						deadlineIn === null ? null : sql<Date>`now() + make_interval(secs => ${deadlineIn})`
				};
	const row = await db
		.with('changed', (qb) => {
			let update = qb
				.updateTable('classroom_session')
				.set({ ...plain, ...deadline, rev: sql`rev + 1` })
				.where('id', '=', id)
				.where('phase', 'in', guard.phases);
			if (guard.atIndex !== undefined) update = update.where('current_index', '=', guard.atIndex);
			return update.returningAll();
		})
		.selectFrom('changed')
		.selectAll()
		.select(
			sql<string>`pg_notify(${EVENT_CHANNEL}, json_build_object('t', 'state', 's', changed.id, 'rev', changed.rev)::text)`.as(
				'notified'
			)
		)
		.executeTakeFirst();
	if (!row) return undefined;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { notified, ...session } = row;
	return session;
}

/**
 * Reveals every open question whose timer ran out in a session set to reveal by itself, with a
 * NOTIFY each, in one statement. Any instance may run it at any time (it sweeps every second):
 * the guard in the WHERE clause makes a second run, or a race with the teacher's click, a no-op.
 */
export async function revealDue(db: Db): Promise<SessionRow[]> {
	const rows = await db
		.with('changed', (qb) =>
			qb
				.updateTable('classroom_session')
				.set({ phase: 'revealed', question_deadline: null, rev: sql`rev + 1` })
				.where('phase', '=', 'open')
				.where('auto_reveal', '=', true)
				.where('question_deadline', '<=', sql<Date>`now()`)
				.returningAll()
		)
		.selectFrom('changed')
		.selectAll()
		.select(
			sql<string>`pg_notify(${EVENT_CHANNEL}, json_build_object('t', 'state', 's', changed.id, 'rev', changed.rev)::text)`.as(
				'notified'
			)
		)
		.execute();
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	return rows.map(({ notified, ...session }) => session);
}

/** Sessions whose owner hash is `ownerHash`, newest first (the teacher's own list at /teach). */
export function sessionsOfOwner(db: Db, ownerHash: string, limit = 50): Promise<SessionRow[]> {
	return db
		.selectFrom('classroom_session')
		.selectAll()
		.where('owner_hash', '=', ownerHash)
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
}
