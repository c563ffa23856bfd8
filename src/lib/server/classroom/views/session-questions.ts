/**
 * A session's questions as every screen shows them: under ids that mean nothing outside the
 * session, with one option order per question for the whole session, and only the ones asked.
 *
 * Why per-session ids (and not "the self-test refuses questions open in a live session"): with the
 * app-wide public id, a student could paste the open question's id into a self-test (`/quiz`) and
 * read its key before the reveal. Refusing such questions in the self-test would couple every
 * self-test to the live sessions: each graded answer would need a database look-up, and one class's
 * open question would block it for every other learner on the server. An id derived as
 * HMAC(session's own secret key, question id) is resolved only through that session, so the
 * self-test, the explainers and every other session cannot map it to a question, and it cannot be
 * computed from the public content (the key never leaves the database). The key is stored in the
 * session row, so every instance, before and after a restart, derives the same ids.
 */
import { createHmac } from 'node:crypto';
import type { PublicQuestion } from '../../../quiz/types';
import { getLibrary, type Catalog, type CatalogQuestion } from '../../content';
import { optionOrder } from '../../quiz/public';
import type { SessionRow } from '../store/schema';

type Keyed = Pick<SessionRow, 'id' | 'question_key'>;

/**
 * The catalog of the session's topic, as the content is now; undefined when the topic is gone
 * (its questions then resolve to nothing, as a removed question does).
 */
export function sessionCatalog(session: Pick<SessionRow, 'topic_id'>): Catalog | undefined {
	return getLibrary().topicById.get(session.topic_id)?.catalog;
}

/** Question `id` (an author's id) of the session's topic. */
export function sessionQuestion(
	session: Pick<SessionRow, 'topic_id'>,
	id: string
): CatalogQuestion | undefined {
	return sessionCatalog(session)?.questionById.get(id);
}

/** The id students of this session see for `questionId` (16 base64url characters, 96 bits). */
export function sessionQuestionId(session: Keyed, questionId: string): string {
	return createHmac('sha256', session.question_key)
		.update(`question:${questionId}`)
		.digest('base64url')
		.slice(0, 16);
}

const indexCache = new Map<string, Map<string, number>>();

/** Position in `session.question_ids` of the question a student's page calls `publicId`; -1 if none. */
export function indexOfSessionQuestion(
	session: Keyed & Pick<SessionRow, 'question_ids'>,
	publicId: string
): number {
	let map = indexCache.get(session.id);
	if (!map) {
		map = new Map(session.question_ids.map((id, i) => [sessionQuestionId(session, id), i]));
		if (indexCache.size > 5000) indexCache.clear();
		indexCache.set(session.id, map);
	}
	return map.get(publicId) ?? -1;
}

/**
 * The option order (authored indexes) of `q` in this session: the same on the projector, every
 * phone, the reveal, the discussion, the report and the CSVs, derived from the session id alone.
 */
export function sessionOptionOrder(session: Pick<SessionRow, 'id'>, q: CatalogQuestion): number[] {
	return optionOrder(q, `session:${session.id}`);
}

/** The seed `grade` uses for this order (grade adds the question id, as optionOrder does). */
export const sessionSeed = (session: Pick<SessionRow, 'id'>) => `session:${session.id}`;

/** A question without its key, as the session's students get it. */
export function sessionPublicQuestion(session: Keyed, q: CatalogQuestion): PublicQuestion {
	return {
		id: sessionQuestionId(session, q.id),
		stem: q.stem,
		options: sessionOptionOrder(session, q).map((index) => ({
			index,
			text: q.options[index]!.text
		})),
		hint: q.hint ?? null,
		difficulty: q.difficulty,
		topics: q.topics,
		about: q.about
	};
}

/**
 * How many questions were asked: teacher-paced, every question opened so far (the one on screen
 * and those before it); self-paced, all of them once the session started. A session ended early
 * is scored, reported and exported on these alone.
 */
type Progressed = Pick<SessionRow, 'mode' | 'phase' | 'current_index' | 'question_ids'>;
type Topical = Progressed & Pick<SessionRow, 'topic_id'>;

export function askedCount(session: Progressed) {
	if (session.mode === 'self') {
		const started = session.phase === 'running' || session.current_index >= 0;
		return started ? session.question_ids.length : 0;
	}
	return Math.max(0, Math.min(session.current_index + 1, session.question_ids.length));
}

/** The ids of the questions asked, in session order. */
export function askedIds(session: Progressed) {
	return session.question_ids.slice(0, askedCount(session));
}

export function askedQuestions(session: Topical): CatalogQuestion[] {
	return askedIds(session).flatMap((id) => sessionQuestion(session, id) ?? []);
}

/**
 * Questions whose results everyone may see: teacher-paced, those moved past and the one on screen
 * once revealed (the leaderboard freezes while a question is open); self-paced, all (each answer
 * earns its feedback at once).
 */
export function scoredIds(session: Progressed): string[] {
	if (session.mode === 'self') return session.question_ids;
	const open = session.phase === 'open' ? 1 : 0;
	return askedIds(session).slice(0, Math.max(0, askedCount(session) - open));
}
