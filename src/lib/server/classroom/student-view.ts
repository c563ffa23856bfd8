/**
 * A student's screen, computed from the session, the student and their own answers. This is the
 * one place that decides what a student may see: the question without its key while it is open,
 * the key and feedback once revealed (teacher-paced) or answered (self-paced), and at the end.
 */
import type { Reveal, StudentView } from '../../classroom/types';
import { catalog, type CatalogQuestion } from '../content';
import { grade } from '../quiz/grade';
import { optionOrder, publicQuestion } from '../quiz/public';
import type { SessionRow, StudentRow } from './schema';

export type OwnAnswers = Map<string, { choice: number; correct: boolean }>;

export function questionAt(session: SessionRow, index: number): CatalogQuestion | undefined {
	const id = session.question_ids[index];
	return id === undefined ? undefined : catalog.questionById.get(id);
}

/** The option seed is the student's id: each student sees their own order, the same on reload. */
export function revealFor(q: CatalogQuestion, student: StudentRow, choice: number | null): Reveal {
	const keyIndex = q.options.findIndex((o) => o.correct);
	// Grading the key yields every option's review; the student's own verdict is kept apart.
	const v = grade(catalog, q, choice ?? keyIndex, student.id);
	return {
		questionId: v.questionId, // the public id: authors' ids can give answers away
		stem: q.stem,
		options: v.options,
		keyIndex,
		explanation: v.explanation,
		evidence: v.evidence,
		choice,
		correct: choice === null ? null : v.correct
	};
}

export function studentView(
	session: SessionRow,
	student: StudentRow,
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
		const results = session.question_ids.flatMap((id) => {
			const question = catalog.questionById.get(id);
			const mine = own.get(id);
			return question && mine ? [revealFor(question, student, mine.choice)] : [];
		});
		const score = results.filter((r) => r.correct).length;
		return { ...base, phase: 'ended', score, answeredCount: results.length, results };
	}
	if (session.phase === 'running') {
		const index = session.question_ids.findIndex((id) => !own.has(id));
		const next = index === -1 ? undefined : catalog.questionById.get(session.question_ids[index]!);
		return {
			...base,
			phase: 'self',
			index: next ? index : null,
			question: next ? publicQuestion(next, student.id) : null,
			answeredCount: session.question_ids.filter((id) => own.has(id)).length
		};
	}
	if (session.phase === 'open' && q) {
		return {
			...base,
			phase: 'question',
			index: session.current_index,
			question: publicQuestion(q, student.id),
			answered: own.get(q.id)?.choice ?? null,
			deadline: session.question_deadline?.toISOString() ?? null
		};
	}
	if (session.phase === 'revealed' && q) {
		const reveal = revealFor(q, student, own.get(q.id)?.choice ?? null);
		return { ...base, phase: 'revealed', index: session.current_index, reveal };
	}
	return { ...base, phase: 'lobby' };
}

const serialized = new Map<string, string>();

/**
 * The view as JSON, shared between students whose view is the same: in a teacher-paced session
 * it depends only on the revision, the option order (at most 120 for 5 options) and the choice.
 * Self-paced and end-of-session views are each student's own and are not shared.
 */
export function studentViewJson(session: SessionRow, student: StudentRow, own: OwnAnswers): string {
	const q = questionAt(session, session.current_index);
	const shareable =
		session.phase === 'lobby' || ((session.phase === 'open' || session.phase === 'revealed') && q);
	if (!shareable) return JSON.stringify(studentView(session, student, own));
	const order = q ? optionOrder(q, student.id).join(',') : '';
	const key = `${session.id}|${session.rev}|${session.phase}|${order}|${q ? (own.get(q.id)?.choice ?? '-') : ''}`;
	let json = serialized.get(key);
	if (json === undefined) {
		json = JSON.stringify(studentView(session, student, own));
		if (serialized.size > 20_000) serialized.clear();
		serialized.set(key, json);
	}
	return json;
}
