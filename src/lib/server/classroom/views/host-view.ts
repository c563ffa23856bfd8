/** The teacher's dashboard: everything about the session, keys included (the teacher's secret gates it). */
import QRCode from 'qrcode';
import type { HostAnswerKey, HostQuestion, HostView } from '../../../classroom/types';
import { evidenceLinks } from '../../quiz/grade';
import { sql } from 'kysely';
import type { Db } from '../store/database';
import type { SessionRow } from '../store/schema';
import {
	askedCount,
	scoredIds,
	sessionCatalog,
	sessionOptionOrder,
	sessionQuestion
} from './session-questions';
import { listStudents } from '../store/students';
import { reachableOrigin } from '../../http/network';

const qrCache = new Map<string, string>();

/** An SVG QR code as a data: URL, so the page shows it as an <img> with alt text (no inline SVG styles). */
export async function qrDataUrl(text: string): Promise<string> {
	let url = qrCache.get(text);
	if (!url) {
		const svg = await QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
		url = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
		if (qrCache.size > 1000) qrCache.clear();
		qrCache.set(text, url);
	}
	return url;
}

/** The question on screen without its key, options in the session's order. */
export function hostQuestion(session: SessionRow, id: string): HostQuestion | null {
	const q = sessionQuestion(session, id);
	if (!q) return null;
	return {
		id: q.id,
		stem: q.stem,
		options: sessionOptionOrder(session, q).map((index) => ({
			index,
			text: q.options[index]!.text
		}))
	};
}

/** Its key, feedback and quotes, in the same order: only for a revealed question. */
export function hostAnswerKey(session: SessionRow, id: string): HostAnswerKey | null {
	const q = sessionQuestion(session, id);
	if (!q) return null;
	return {
		options: sessionOptionOrder(session, q).map((index) => {
			const o = q.options[index]!;
			return {
				index,
				text: o.text,
				correct: !!o.correct,
				label: o.why_wrong ?? null,
				feedback: o.feedback
			};
		}),
		explanation: q.explanation,
		evidence: evidenceLinks(sessionCatalog(session)!, q.supports)
	};
}

/**
 * The join link the lobby prints and its QR code carries. `origin` is the teacher's own
 * (`url.origin`); a loopback one (http://localhost:3000) becomes an address phones can reach.
 */
export function joinUrl(origin: string, code: string): string {
	return `${reachableOrigin(new URL(origin))}/join?code=${code}`;
}

export async function hostView(db: Db, session: SessionRow, origin: string): Promise<HostView> {
	return (await hostSnapshot(db, session, origin)).view;
}

/**
 * The dashboard, and which answers (`student:question`) it already counts, so the stream can
 * skip events about them. Counts come from the database already added up: a snapshot is taken at
 * every question change, and reading every answer of a 2,000-student session each time would stall
 * the pushes it races with. Teacher-paced answers only ever go to the question on screen, so only
 * its answers need remembering; self-paced sessions (which rarely change state) remember all.
 * Teacher-paced, while the question is open, the view carries who answered but not what, nor the
 * key, and counts right answers only on questions whose results are out.
 */
export async function hostSnapshot(
	db: Db,
	session: SessionRow,
	origin: string
): Promise<{ view: HostView; answerKeys: Set<string> }> {
	const currentId = session.question_ids[session.current_index] ?? '';
	const scored = scoredIds(session);
	const secret = session.mode === 'teacher' && session.phase === 'open';
	const answers = db.selectFrom('classroom_answer').where('session_id', '=', session.id);
	const [students, perStudent, perQuestion, current] = await Promise.all([
		listStudents(db, session.id),
		answers
			.select([
				'student_id',
				sql<number>`count(*)::int`.as('answered'),
				sql<number>`(count(*) filter (where correct and question_id = any(${scored}::text[])))::int`.as(
					'correct'
				)
			])
			.groupBy('student_id')
			.execute(),
		answers
			.select(['question_id', sql<number>`count(*)::int`.as('n')])
			.groupBy('question_id')
			.execute(),
		(session.mode === 'teacher' ? answers.where('question_id', '=', currentId) : answers)
			.select(['student_id', 'question_id', 'choice', 'correct'])
			.execute()
	]);
	const progress: HostView['progress'] = {};
	for (const s of students) progress[s.id] = { answered: 0, correct: 0 };
	for (const p of perStudent) progress[p.student_id] = { answered: p.answered, correct: p.correct };
	const url = joinUrl(origin, session.code);
	const view: HostView = {
		sessionId: session.id,
		rev: session.rev,
		title: session.title,
		code: session.code,
		joinUrl: url,
		qrSvgDataUrl: await qrDataUrl(url),
		mode: session.mode,
		phase: session.phase,
		index: session.current_index,
		capacity: session.capacity,
		timerSeconds: session.timer_seconds,
		autoReveal: session.auto_reveal,
		deadlineMs: session.question_deadline?.getTime() ?? null,
		serverNow: Date.now(),
		leaderboard: session.leaderboard,
		total: session.question_ids.length,
		asked: askedCount(session),
		question:
			session.mode === 'teacher' && session.phase !== 'lobby'
				? hostQuestion(session, currentId)
				: null,
		answerKey:
			session.mode === 'teacher' && session.phase === 'revealed'
				? hostAnswerKey(session, currentId)
				: null,
		students: students.map((s) => ({ id: s.id, nickname: s.nickname })),
		current: current
			.filter((a) => a.question_id === currentId)
			.map((a) => ({
				studentId: a.student_id,
				questionId: a.question_id,
				choice: secret ? null : a.choice,
				correct: secret ? null : a.correct
			})),
		progress,
		answeredPerQuestion: Object.fromEntries(perQuestion.map((q) => [q.question_id, q.n]))
	};
	return { view, answerKeys: new Set(current.map((a) => `${a.student_id}:${a.question_id}`)) };
}
