/** Loads what the report needs for a session and builds it: the questions asked, in its order. */
import { answersOfSession } from '../store/answers';
import type { Db } from '../store/database';
import { buildReport } from './report';
import type { SessionRow } from '../store/schema';
import { askedQuestions, sessionOptionOrder } from './session-questions';
import { listStudents } from '../store/students';

export async function sessionReport(db: Db, session: SessionRow) {
	const [students, answers] = await Promise.all([
		listStudents(db, session.id),
		answersOfSession(db, session.id)
	]);
	return buildReport({
		questions: askedQuestions(session),
		orderOf: (q) => sessionOptionOrder(session, q),
		students,
		answers
	});
}
