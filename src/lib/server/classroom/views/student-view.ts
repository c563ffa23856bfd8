/**
 * A student's screen, computed from the session, the student and their own answers. This is the
 * one place that decides what a student may see: the question without its key while it is open,
 * the key and feedback once revealed (teacher-paced) or answered (self-paced), and at the end.
 * Questions go out under the session's own ids and option order (session-questions.ts).
 */
import type { Reveal, StudentView } from '../../../classroom/types';
import type { CatalogQuestion } from '../../content';
import { grade } from '../../quiz/grade';
import { publicIdOf } from '../../quiz/public';
import type { SessionRow, StudentRow } from '../store/schema';
import {
	askedIds,
	sessionPublicQuestion,
	sessionCatalog,
	sessionQuestion,
	sessionQuestionId,
	sessionSeed
} from './session-questions';

export type OwnAnswers = Map<string, { choice: number; correct: boolean }>;

export function questionAt(session: SessionRow, index: number): CatalogQuestion | undefined {
	const id = session.question_ids[index];
	return id === undefined ? undefined : sessionQuestion(session, id);
}

/** The key and every option's feedback, in the session's option order. */
export function revealFor(session: SessionRow, q: CatalogQuestion, choice: number | null): Reveal {
	const keyIndex = q.options.findIndex((o) => o.correct);
	// Grading the key yields every option's review; the student's own verdict is kept apart.
	const v = grade(sessionCatalog(session)!, q, choice ?? keyIndex, sessionSeed(session));
	return {
		questionId: sessionQuestionId(session, q.id),
		stem: q.stem,
		options: v.options,
		keyIndex,
		explanation: v.explanation,
		evidence: v.evidence,
		choice,
		correct: choice === null ? null : v.correct,
		progress: { topic: session.topic_id, id: publicIdOf(q.id), bank: q.bank, topics: q.topics }
	};
}

export function studentView(
	session: SessionRow,
	// Kept for callers: nothing in the view depends on who the student is, except their answers.
	_student: StudentRow,
	own: OwnAnswers
): StudentView {
	const base = {
		sessionId: session.id,
		title: session.title,
		mode: session.mode,
		rev: session.rev,
		total: session.question_ids.length
	};
	const q = questionAt(session, session.current_index);
	if (session.phase === 'ended') {
		// Only what was asked counts: ending at question 3 of 5 scores out of 3.
		const asked = askedIds(session);
		const results = asked.flatMap((id) => {
			const question = sessionQuestion(session, id);
			const mine = own.get(id);
			return question && mine ? [revealFor(session, question, mine.choice)] : [];
		});
		const score = results.filter((r) => r.correct).length;
		return {
			...base,
			total: asked.length,
			phase: 'ended',
			score,
			answeredCount: results.length,
			results
		};
	}
	if (session.phase === 'running') {
		const index = session.question_ids.findIndex((id) => !own.has(id));
		const next = index === -1 ? undefined : sessionQuestion(session, session.question_ids[index]!);
		return {
			...base,
			phase: 'self',
			index: next ? index : null,
			question: next ? sessionPublicQuestion(session, next) : null,
			answeredCount: session.question_ids.filter((id) => own.has(id)).length
		};
	}
	if (session.phase === 'open' && q) {
		return {
			...base,
			phase: 'question',
			index: session.current_index,
			question: sessionPublicQuestion(session, q),
			answered: own.get(q.id)?.choice ?? null,
			deadlineMs: session.question_deadline?.getTime() ?? null,
			autoReveal: session.auto_reveal
		};
	}
	if (session.phase === 'revealed' && q) {
		const reveal = revealFor(session, q, own.get(q.id)?.choice ?? null);
		return { ...base, phase: 'revealed', index: session.current_index, reveal };
	}
	return { ...base, phase: 'lobby' };
}

const serialized = new Map<string, string>();

/**
 * The view as JSON, shared between students whose view is the same: in a teacher-paced session
 * it depends only on the revision and the student's choice (every student sees one option order).
 * Self-paced and end-of-session views are each student's own and are not shared. The server's
 * clock is not in it: `withServerNow` stamps each message as it is sent.
 */
export function studentViewJson(session: SessionRow, student: StudentRow, own: OwnAnswers): string {
	const q = questionAt(session, session.current_index);
	const shareable =
		session.phase === 'lobby' || ((session.phase === 'open' || session.phase === 'revealed') && q);
	if (!shareable) return JSON.stringify(studentView(session, student, own));
	const key = `${session.id}|${session.rev}|${session.phase}|${q ? (own.get(q.id)?.choice ?? '-') : ''}`;
	let json = serialized.get(key);
	if (json === undefined) {
		json = JSON.stringify(studentView(session, student, own));
		if (serialized.size > 20_000) serialized.clear();
		serialized.set(key, json);
	}
	return json;
}

/** Adds `serverNow` (epoch ms) to a view's JSON object as it leaves, without re-serialising it. */
export function withServerNow(json: string, now = Date.now()): string {
	return `{"serverNow":${now},${json.slice(1)}`;
}
