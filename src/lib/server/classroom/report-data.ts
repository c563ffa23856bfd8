/** Loads what the report needs for a session and builds it. */
import { catalog } from '../content';
import { answersOfSession } from './answers';
import type { Db } from './database';
import { buildReport } from './report';
import type { SessionRow } from './schema';
import { listStudents } from './students';

export async function sessionReport(db: Db, session: SessionRow) {
	const [students, answers] = await Promise.all([
		listStudents(db, session.id),
		answersOfSession(db, session.id)
	]);
	const questions = session.question_ids.flatMap((id) => catalog.questionById.get(id) ?? []);
	return buildReport({ questions, students, answers });
}
