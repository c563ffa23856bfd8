/** Students: joining a session (capacity, unique nickname) and finding one by their secret. */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { nicknameKey } from '../../../classroom/nickname';
import { EVENT_CHANNEL, type Db } from './database';
import { isUniqueViolation } from './errors';
import type { StudentRow } from './schema';
import { hashSecret, newSecret } from '../requests/tokens';

export type JoinResult =
	| { ok: true; student: StudentRow; secret: string }
	| { ok: false; reason: 'ended' | 'full' | 'nickname-taken' };

class NicknameTaken extends Error {}

/** `nickname` must already be tidied and checked (see nickname.ts). */
export async function joinSession(
	db: Db,
	sessionId: string,
	nickname: string
): Promise<JoinResult> {
	const secret = newSecret();
	const key = nicknameKey(nickname);
	try {
		return await db.transaction().execute(async (trx) => {
			// Taking a seat and adding the student commit together, so a failed insert frees the seat
			// and concurrent joins can never push a session past its capacity.
			const seat = await trx
				.updateTable('classroom_session')
				.set({ student_count: sql`student_count + 1` })
				.where('id', '=', sessionId)
				.where('phase', '<>', 'ended')
				.whereRef('student_count', '<', 'capacity')
				.returning('id')
				.executeTakeFirst();
			if (!seat) {
				const s = await trx
					.selectFrom('classroom_session')
					.select('phase')
					.where('id', '=', sessionId)
					.executeTakeFirst();
				return { ok: false, reason: !s || s.phase === 'ended' ? 'ended' : 'full' } as const;
			}
			const taken = await trx
				.selectFrom('classroom_student')
				.select('id')
				.where('session_id', '=', sessionId)
				.where('nickname_key', '=', key)
				.executeTakeFirst();
			if (taken) throw new NicknameTaken();
			const student = await trx
				.insertInto('classroom_student')
				.values({
					id: randomUUID(),
					session_id: sessionId,
					nickname,
					nickname_key: key,
					token_hash: hashSecret(secret)
				})
				.returningAll()
				.executeTakeFirstOrThrow();
			const event = JSON.stringify({ t: 'join', s: sessionId, st: student.id, n: nickname });
			await sql`select pg_notify(${EVENT_CHANNEL}, ${event})`.execute(trx);
			return { ok: true, student, secret } as const;
		});
	} catch (error) {
		// Two students racing for one nickname: the unique constraint decides.
		if (error instanceof NicknameTaken || isUniqueViolation(error)) {
			return { ok: false, reason: 'nickname-taken' };
		}
		throw error;
	}
}

export function findStudentByHash(db: Db, tokenHash: string): Promise<StudentRow | undefined> {
	return db
		.selectFrom('classroom_student')
		.selectAll()
		.where('token_hash', '=', tokenHash)
		.executeTakeFirst();
}

export function listStudents(db: Db, sessionId: string): Promise<StudentRow[]> {
	return db
		.selectFrom('classroom_student')
		.selectAll()
		.where('session_id', '=', sessionId)
		.orderBy('joined_at')
		.orderBy('nickname_key')
		.execute();
}
