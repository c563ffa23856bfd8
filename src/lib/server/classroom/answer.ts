/** A student's answer: checked against the session's state, graded on the server, stored once. */
import type { Reveal } from '../../classroom/types';
import type { Classroom } from './context';
import type { SessionRow, StudentRow } from './schema';
import { indexOfSessionQuestion, sessionQuestion, sessionQuestionId } from './session-questions';
import { revealFor } from './student-view';

export type AnswerOutcome =
	| { ok: true; questionId: string; choice: number; reveal: Reveal | null; retry: boolean }
	| { ok: false; status: 400 | 409; message: string };

function refuse(status: 400 | 409, message: string): AnswerOutcome {
	return { ok: false, status, message };
}

/** Why the question at `index` takes no answers now, or null if it does. */
export function whyClosed(session: SessionRow, index: number): string | null {
	if (session.phase === 'ended') return 'This session has ended; answers are closed.';
	if (session.phase === 'lobby') return 'The session has not started yet.';
	if (session.mode === 'self') return null;
	if (index !== session.current_index) {
		return 'That question is not open now. Follow the question on the teacher’s screen.';
	}
	if (session.phase === 'revealed') {
		return 'This question is closed: the teacher has revealed the answer.';
	}
	if (session.question_deadline && session.question_deadline.getTime() <= Date.now()) {
		return 'Time is up for this question: answers are closed.';
	}
	return null;
}

export async function answerQuestion(
	c: Classroom,
	session: SessionRow,
	student: StudentRow,
	/** `question` is the session's id for it, as the student's page was given it. */
	input: { question: string; choice: number }
): Promise<AnswerOutcome> {
	const index = indexOfSessionQuestion(session, input.question);
	const q = index === -1 ? undefined : sessionQuestion(session, session.question_ids[index]!);
	if (!q) return refuse(400, 'That question is not part of this session.');
	if (input.choice < 0 || input.choice >= q.options.length) {
		return refuse(400, 'Choose one of the options.');
	}
	const keyIndex = q.options.findIndex((o) => o.correct);
	const stored = await c.answers.record({
		sessionId: session.id,
		studentId: student.id,
		questionId: q.id,
		choice: input.choice,
		correct: input.choice === keyIndex,
		index
	});
	if (stored === 'closed') {
		// Say why from the session as it is now, not as this instance last saw it.
		const now = (await c.sessions.get(session.id, 'latest')) ?? session;
		return refuse(409, whyClosed(now, index) ?? 'This question is closed.');
	}
	// Self-paced: the answer earns its feedback at once. Teacher-paced: only after the reveal.
	const reveal = session.mode === 'self' ? revealFor(session, q, stored.choice) : null;
	return {
		ok: true,
		questionId: sessionQuestionId(session, q.id),
		choice: stored.choice,
		reveal,
		retry: !stored.fresh
	};
}
