/** A student's answer: checked against the session's state, graded on the server, stored once. */
import { m } from '../../../paraglide/messages.js';
import type { Reveal } from '../../../classroom/types';
import type { Classroom } from '../context';
import type { SessionRow, StudentRow } from '../store/schema';
import {
	indexOfSessionQuestion,
	sessionQuestion,
	sessionQuestionId
} from '../views/session-questions';
import { revealFor } from '../views/student-view';

export type AnswerOutcome =
	| { ok: true; questionId: string; choice: number; reveal: Reveal | null; retry: boolean }
	| { ok: false; status: 400 | 409; message: string };

function refuse(status: 400 | 409, message: string): AnswerOutcome {
	return { ok: false, status, message };
}

/** Why the question at `index` takes no answers now, or null if it does. */
export function whyClosed(session: SessionRow, index: number): string | null {
	if (session.phase === 'ended') return m.answer_session_ended();
	if (session.phase === 'lobby') return m.answer_not_started();
	if (session.mode === 'self') return null;
	if (index !== session.current_index) {
		return m.answer_not_open();
	}
	if (session.phase === 'revealed') {
		return m.answer_revealed();
	}
	if (session.question_deadline && session.question_deadline.getTime() <= Date.now()) {
		return m.answer_time_up();
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
	if (!q) return refuse(400, m.answer_not_in_session());
	if (input.choice < 0 || input.choice >= q.options.length) {
		return refuse(400, m.live_choose_option());
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
		return refuse(409, whyClosed(now, index) ?? m.answer_closed());
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
