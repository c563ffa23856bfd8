/**
 * A student's event stream: sends the student's view on connect and whenever the session moves
 * on (one shared session read per revision), or the student answers in another tab.
 */
import { answersOfStudent } from '../store/answers';
import type { Classroom } from '../context';
import type { HubMessage } from './hub';
import type { SessionRow, StudentRow } from '../store/schema';
import { serially } from './serially';
import { eventStream } from './sse';
import { studentViewJson, withServerNow, type OwnAnswers } from '../views/student-view';

export async function loadOwnAnswers(c: Classroom, sessionId: string, studentId: string) {
	const rows = await answersOfStudent(c.db, sessionId, studentId);
	const own: OwnAnswers = new Map();
	for (const r of rows) own.set(r.question_id, { choice: r.choice, correct: r.correct });
	return own;
}

export function studentStream(c: Classroom, student: StudentRow): Response {
	return eventStream(async (send, close) => {
		let session: SessionRow | undefined;
		let own: OwnAnswers = new Map();
		let sentRev = -1;

		const push = () => {
			if (!session || session.rev < sentRev) return;
			sentRev = session.rev;
			send('view', withServerNow(studentViewJson(session, student, own)));
			if (session.phase === 'ended') close();
		};
		const reload = async (at: number | 'latest') => {
			const fresh = await c.sessions.get(student.session_id, at);
			if (!fresh) return close();
			if (!session || fresh.rev >= session.rev) session = fresh;
		};
		const handle = async (m: HubMessage) => {
			if (m.t === 'answer') {
				// Kept for the next view; not pushed: the page that answered already knows.
				own.set(m.q, { choice: m.ch, correct: m.c });
				return;
			} else if (m.t === 'state') await reload(m.rev);
			else if (m.t === 'gap') {
				own = await loadOwnAnswers(c, student.session_id, student.id);
				await reload('latest');
			} else return;
			push();
		};

		const run = serially(handle, (e) => console.error('[classroom] student stream:', e));
		const unsubscribe = c.hub.subscribe(student.session_id, student.id, run.push);
		await run.first(async () => {
			own = await loadOwnAnswers(c, student.session_id, student.id);
			await reload('latest');
			push();
		});
		return unsubscribe;
	});
}
