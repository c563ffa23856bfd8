/** Loads what the report needs for a session and builds it: the questions asked, in its order. */
import { answersOfSession } from './answers';
import type { Db } from './database';
import { buildReport } from './report';
import type { SessionRow } from './schema';
import { askedQuestions, sessionOptionOrder } from './session-questions';
import { listStudents } from './students';

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
