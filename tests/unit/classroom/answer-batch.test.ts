/**
 * Group commit (answer-batch.ts), on PGlite and PostgreSQL: answers that arrive together are
 * written by one statement, each is acknowledged only once that statement committed, and a
 * statement that fails fails every answer in it and stores none of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	AnswerWriter,
	type OpenAnswer
} from '../../../src/lib/server/classroom/store/answer-batch';
import type { Classroom } from '../../../src/lib/server/classroom/context';
import { runCommand } from '../../../src/lib/server/classroom/commands/teacher';
import { backends } from './support/databases';
import { newSession, newStudent, openClassroom, questionIds } from './support/classroom';

describe.each(backends)('group commit of answers on $name', (backend) => {
	let c: Classroom;
	let close: () => Promise<void>;
	beforeAll(async () => {
		({ c, close } = await openClassroom(backend));
	}, 60_000);
	afterAll(() => close());

	/** A running self-paced session with `n` students, and an answer of each to question 0. */
	async function classAnswering(n: number): Promise<OpenAnswer[]> {
		const { session } = await newSession(c, 'self');
		await runCommand(c, session, 'start', -1);
		const answers: OpenAnswer[] = [];
		for (let i = 0; i < n; i++) {
			const { student } = await newStudent(c, session.id, `Kid ${i}`);
			const choice = i % 2;
			answers.push({
				sessionId: session.id,
				studentId: student.id,
				questionId: questionIds[0]!,
				choice,
				correct: choice === 0,
				index: 0
			});
		}
		return answers;
	}

	const storedOf = (answers: OpenAnswer[]) =>
		c.db
			.selectFrom('classroom_answer')
			.select(['student_id', 'choice', 'answered_at'])
			.where('session_id', '=', answers[0]!.sessionId)
			.execute();

	it('writes answers that arrive together in one statement, each acknowledged after it committed', async () => {
		const answers = await classAnswering(6);
		const writer = new AnswerWriter(c.db, 20);
		const seenAtAck: number[] = [];
		await Promise.all(
			answers.map(async (a) => {
				const result = await writer.record(a);
				expect(result).toEqual({ choice: a.choice, correct: a.correct, fresh: true });
				// Read through the database (on a server, another connection): committed rows only.
				const rows = await storedOf(answers);
				seenAtAck.push(rows.filter((r) => r.student_id === a.studentId).length);
			})
		);
		expect(seenAtAck).toEqual([1, 1, 1, 1, 1, 1]);
		// One statement, one transaction: now() gave every row the same time.
		const rows = await storedOf(answers);
		expect(rows).toHaveLength(6);
		expect(new Set(rows.map((r) => r.answered_at.getTime())).size).toBe(1);
	});

	it('fails every answer of a batch whose statement fails, and stores none of them', async () => {
		const answers = await classAnswering(5);
		// Out of the column's range: PostgreSQL refuses the whole statement.
		const bad = { ...answers[2]!, choice: 2 ** 40 };
		const writer = new AnswerWriter(c.db, 20);
		const results = await Promise.allSettled(
			[...answers.slice(0, 2), bad, ...answers.slice(3)].map((a) => writer.record(a))
		);
		expect(results.map((r) => r.status)).toEqual(Array(5).fill('rejected'));
		expect(await storedOf(answers)).toEqual([]);
		// The writer goes on: the same answers, sent again without the bad one, are stored.
		const again = await Promise.all(answers.map((a) => writer.record(a)));
		expect(again.every((r) => r !== 'closed' && r.fresh)).toBe(true);
		expect(await storedOf(answers)).toHaveLength(5);
	});

	it('answers a double click in one batch once: the second gets the first back', async () => {
		const [a] = await classAnswering(1);
		const writer = new AnswerWriter(c.db, 20);
		const [first, second] = await Promise.all([
			writer.record(a!),
			writer.record({ ...a!, choice: a!.choice + 1 })
		]);
		expect(first).toEqual({ choice: a!.choice, correct: a!.correct, fresh: true });
		expect(second).toEqual({ choice: a!.choice, correct: a!.correct, fresh: false });
		expect(await storedOf([a!])).toHaveLength(1);
	});
});
