/** Answers: recorded once per student and question; a retry gets the stored answer back. */
import { sql } from 'kysely';
import { EVENT_CHANNEL, type Db } from './database';
import type { AnswerRow } from './schema';

export interface AnswerInput {
	sessionId: string;
	studentId: string;
	questionId: string;
	choice: number;
	correct: boolean;
}

export interface Recorded {
	choice: number;
	correct: boolean;
	/** False when this was a retry and the first answer stands. */
	fresh: boolean;
}

/**
 * Inserts and notifies in one statement: the NOTIFY is sent only if the row was inserted, and
 * only when it commits. When this returns, the answer is committed (durable on PostgreSQL; on
 * PGlite, written to the operating system, so a killed process loses nothing).
 */
export async function recordAnswer(db: Db, a: AnswerInput): Promise<Recorded> {
	const event = JSON.stringify({
		t: 'answer',
		s: a.sessionId,
		st: a.studentId,
		q: a.questionId,
		ch: a.choice,
		c: a.correct
	});
	const inserted = await db
		.with('inserted', (qb) =>
			qb
				.insertInto('classroom_answer')
				.values({
					session_id: a.sessionId,
					student_id: a.studentId,
					question_id: a.questionId,
					choice: a.choice,
					correct: a.correct
				})
				.onConflict((oc) => oc.doNothing())
				.returning(['choice', 'correct'])
		)
		.selectFrom('inserted')
		.select(['choice', 'correct', sql<string>`pg_notify(${EVENT_CHANNEL}, ${event})`.as('n')])
		.executeTakeFirst();
	if (inserted) return { choice: inserted.choice, correct: inserted.correct, fresh: true };
	const stored = await db
		.selectFrom('classroom_answer')
		.select(['choice', 'correct'])
		.where('session_id', '=', a.sessionId)
		.where('student_id', '=', a.studentId)
		.where('question_id', '=', a.questionId)
		.executeTakeFirstOrThrow();
	return { ...stored, fresh: false };
}

export function answersOfStudent(
	db: Db,
	sessionId: string,
	studentId: string
): Promise<AnswerRow[]> {
	return db
		.selectFrom('classroom_answer')
		.selectAll()
		.where('session_id', '=', sessionId)
		.where('student_id', '=', studentId)
		.execute();
}

export function answersOfSession(db: Db, sessionId: string): Promise<AnswerRow[]> {
	return db
		.selectFrom('classroom_answer')
		.selectAll()
		.where('session_id', '=', sessionId)
		.orderBy('answered_at')
		.execute();
}
