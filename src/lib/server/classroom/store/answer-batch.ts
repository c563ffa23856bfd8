/**
 * Answers are written in batches (group commit): while one INSERT is in flight, new answers queue,
 * and the next statement takes them all. At a quiet moment a batch is one answer and costs nothing
 * extra; when 2,000 students answer within seconds it turns thousands of commits into dozens.
 * Each answer is acknowledged only after the statement holding it committed.
 *
 * The statement inserts an answer only while its question takes answers, checked against the
 * session row in the same statement: teacher-paced, the current question (`index`) before the
 * reveal and the deadline; self-paced, while the session runs. A reveal committed a moment ago on
 * another instance therefore wins, whatever this instance's cache says.
 */
import { sql } from 'kysely';
import type { AnswerInput, Recorded } from './answers';
import { EVENT_CHANNEL, type Db } from './database';

export type OpenAnswer = AnswerInput & { index: number };
type Result = Recorded | 'closed';

const MAX_BATCH = 500;
/**
 * How long the first answer of a batch waits for company, by engine. PGlite costs about a
 * millisecond of CPU per statement whatever its size (measured: 3 ms per one-answer insert, 0.3 ms
 * per answer in batches of 10), and its thread shares the machine's cores with this one, so when
 * a class answers at once, waiting a little longer for company saves most of that work; a lone
 * answer waits no longer than this. A server's statements cost this process only the network
 * round trip, so a short wait is enough there.
 */
export const GATHER_MS = { pglite: 12, postgres: 4 } as const;
const key = (a: { sessionId: string; studentId: string; questionId: string }) =>
	`${a.sessionId} ${a.studentId} ${a.questionId}`;

export async function recordAnswersIfOpen(db: Db, answers: OpenAnswer[]): Promise<Result[]> {
	const { rows } = await sql<{ k: string; choice: number; correct: boolean }>`
		with input as (
			select * from unnest(
				${answers.map((a) => a.sessionId)}::text[], ${answers.map((a) => a.studentId)}::text[],
				${answers.map((a) => a.questionId)}::text[], ${answers.map((a) => a.choice)}::int[],
				${answers.map((a) => a.correct)}::boolean[], ${answers.map((a) => a.index)}::int[]
			) as t(session_id, student_id, question_id, choice, correct, idx)
		), inserted as (
			insert into classroom_answer (session_id, student_id, question_id, choice, correct)
			select i.session_id, i.student_id, i.question_id, i.choice, i.correct
			from input i join classroom_session s on s.id = i.session_id
			where (s.mode = 'teacher' and s.phase = 'open' and s.current_index = i.idx
					and (s.question_deadline is null or s.question_deadline > now()))
				or (s.mode = 'self' and s.phase = 'running')
			on conflict do nothing
			returning session_id, student_id, question_id, choice, correct
		)
		select session_id || ' ' || student_id || ' ' || question_id as k, choice, correct,
			pg_notify(${EVENT_CHANNEL}, json_build_object('t', 'answer', 's', session_id, 'st', student_id,
				'q', question_id, 'ch', choice, 'c', correct)::text) as notified
		from inserted`.execute(db);
	const fresh = new Map(rows.map((r) => [r.k, r]));
	const missing = answers.filter((a) => !fresh.has(key(a)));
	// Not inserted: answered before (a retry gets its first answer back), or closed.
	const stored = new Map<string, { choice: number; correct: boolean }>();
	if (missing.length > 0) {
		const found = await db
			.selectFrom('classroom_answer')
			.select(['session_id', 'student_id', 'question_id', 'choice', 'correct'])
			.where('student_id', 'in', [...new Set(missing.map((a) => a.studentId))])
			.where('question_id', 'in', [...new Set(missing.map((a) => a.questionId))])
			.execute();
		for (const r of found) {
			stored.set(`${r.session_id} ${r.student_id} ${r.question_id}`, r);
		}
	}
	return answers.map((a) => {
		const k = key(a);
		const row = fresh.get(k);
		if (row) return { choice: row.choice, correct: row.correct, fresh: true };
		const old = stored.get(k);
		return old ? { ...old, fresh: false } : 'closed';
	});
}

interface Waiting {
	answer: OpenAnswer;
	resolve: (r: Result) => void;
	reject: (e: unknown) => void;
}

export class AnswerWriter {
	#queue: Waiting[] = [];
	#busy = false;

	/** `gatherMs`: how long a batch waits for more answers (GATHER_MS). */
	constructor(
		private readonly db: Db,
		private readonly gatherMs: number = GATHER_MS.postgres
	) {}

	record(answer: OpenAnswer): Promise<Result> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ answer, resolve, reject });
			if (!this.#busy) {
				this.#busy = true;
				setTimeout(() => void this.#drain(), this.gatherMs);
			}
		});
	}

	async #drain() {
		while (this.#queue.length > 0) {
			const batch = this.#queue.splice(0, MAX_BATCH);
			// The same answer twice in one batch (a double click): write it once, answer both.
			const unique = new Map<string, OpenAnswer>();
			for (const w of batch) if (!unique.has(key(w.answer))) unique.set(key(w.answer), w.answer);
			try {
				const list = [...unique.values()];
				const results = new Map(
					(await recordAnswersIfOpen(this.db, list)).map((r, i) => [key(list[i]!), r])
				);
				for (const w of batch) {
					const r = results.get(key(w.answer))!;
					// The duplicate of a fresh answer is, for its sender, a retry.
					w.resolve(
						r !== 'closed' && unique.get(key(w.answer)) !== w.answer ? { ...r, fresh: false } : r
					);
				}
			} catch (error) {
				for (const w of batch) w.reject(error);
			}
		}
		this.#busy = false;
	}
}
