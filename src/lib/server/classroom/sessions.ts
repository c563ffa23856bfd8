/** Session rows: creation, lookups, and the teacher's state changes (each one a NOTIFY). */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import { newJoinCode } from './codes';
import { EVENT_CHANNEL, type Db } from './database';
import { isUniqueViolation } from './errors';
import type { Mode, Phase, SessionRow, SourceKind, SessionTable } from './schema';
import { hashSecret, newSecret } from './tokens';

export interface NewSessionInput {
	title: string;
	sourceKind: SourceKind;
	sourceId: string;
	questionIds: string[];
	mode: Mode;
	timerSeconds: number | null;
	leaderboard: boolean;
	capacity: number;
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
					source_kind: input.sourceKind,
					source_id: input.sourceId,
					question_ids: input.questionIds,
					mode: input.mode,
					phase: 'lobby',
					current_index: -1,
					rev: 0,
					timer_seconds: input.timerSeconds,
					question_deadline: null,
					leaderboard: input.leaderboard,
					capacity: input.capacity,
					ended_at: null
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
> & { ended_at?: Date };

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
	const row = await db
		.with('changed', (qb) => {
			let update = qb
				.updateTable('classroom_session')
				.set({ ...change, rev: sql`rev + 1` })
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

export function deadlineFrom(timerSeconds: number | null): Date | null {
	return timerSeconds ? new Date(Date.now() + timerSeconds * 1000) : null;
}
