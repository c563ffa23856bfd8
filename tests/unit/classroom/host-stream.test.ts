/**
 * The teacher's stream when a class answers at once, on PGlite and PostgreSQL: the deltas are
 * gathered into few writes, and still every answer arrives, once, without what was chosen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/lib/server/classroom/commands/answer';
import type { Classroom } from '../../../src/lib/server/classroom/context';
import { hostStream } from '../../../src/lib/server/classroom/live/host-stream';
import { sessionQuestionId } from '../../../src/lib/server/classroom/views/session-questions';
import { runCommand } from '../../../src/lib/server/classroom/commands/teacher';
import { backends } from './support/databases';
import { newSession, newStudent, openClassroom, questionIds } from './support/classroom';

const STUDENTS = 12;

describe.each(backends)('teacher stream under a burst of answers on $name', (backend) => {
	let c: Classroom;
	let close: () => Promise<void>;
	beforeAll(async () => {
		({ c, close } = await openClassroom(backend));
	}, 60_000);
	afterAll(() => close());

	it('gathers the deltas into fewer writes than answers, and counts every answer once', async () => {
		const { session } = await newSession(c);
		const students = [];
		for (let i = 0; i < STUDENTS; i++)
			students.push((await newStudent(c, session.id, `P${i}`)).student);
		const open = (await runCommand(c, session, 'start', -1))!;
		const reader = hostStream(c, open.id, 'http://localhost').body!.getReader();
		const decoder = new TextDecoder();
		let text = '';
		let writes = 0;
		const answered = new Map<string, number>();
		const readUntil = async (done: () => boolean) => {
			while (!done()) {
				const { value } = await reader.read();
				if (!value) throw new Error('stream ended');
				writes++;
				text += decoder.decode(value, { stream: true });
				for (let end; (end = text.indexOf('\n\n')) !== -1; text = text.slice(end + 2)) {
					const data = /^data: (.*)$/m.exec(text.slice(0, end))?.[1];
					const d = data ? JSON.parse(data) : null;
					if (d?.t === 'answer') {
						expect(d.answer).toMatchObject({ choice: null, correct: null });
						answered.set(d.answer.studentId, (answered.get(d.answer.studentId) ?? 0) + 1);
					}
					if (d?.code) answered.set('view', 1);
				}
			}
		};
		await readUntil(() => answered.has('view'));
		writes = 0;
		const question = sessionQuestionId(open, questionIds[0]!);
		const outcomes = await Promise.all(
			students.map((s) => answerQuestion(c, open, s, { question, choice: 1 }))
		);
		expect(outcomes.every((o) => o.ok)).toBe(true);
		await readUntil(() => answered.size > STUDENTS);
		await reader.cancel();
		expect([...answered].filter(([k]) => k !== 'view').every(([, n]) => n === 1)).toBe(true);
		expect(writes).toBeLessThan(STUDENTS);
	});
});
