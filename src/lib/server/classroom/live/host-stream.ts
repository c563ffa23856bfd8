/**
 * The teacher's event stream: the full dashboard on connect and on every state change, and small
 * deltas for joins and answers in between (an answer travels NOTIFY → here → the browser with no
 * database read, which is what keeps answer-to-dashboard latency low).
 */
import type { HostDelta } from '../../../classroom/types';
import type { Classroom } from '../context';
import type { HubMessage } from './hub';
import { hostSnapshot } from '../views/host-view';
import { eventStream } from './sse';
import { serially } from './serially';

/**
 * A delta per answer; those that arrive together (one batch of answers) go out in one write. No
 * timer: a timer of 10 ms here added 10 ms to every answer's way to the dashboard.
 */
const DELTA_GATHERING = { gather: true };

export function hostStream(c: Classroom, sessionId: string, origin: string): Response {
	return eventStream(async (send, close) => {
		let rev = -1;
		let teacherPaced = true;
		let seenAnswers = new Set<string>();
		let seenStudents = new Set<string>();

		const reload = async (at: number | 'latest') => {
			const session = await c.sessions.get(sessionId, at);
			if (!session) return close();
			// A revision already shown needs no new view (after a gap, show it again all the same).
			if (at !== 'latest' && session.rev <= rev) return;
			const snapshot = await hostSnapshot(c.db, session, origin);
			rev = session.rev;
			teacherPaced = session.mode === 'teacher';
			// What the snapshot counts is remembered, so an event about it is not counted twice.
			seenAnswers = snapshot.answerKeys;
			seenStudents = new Set(snapshot.view.students.map((s) => s.id));
			send('view', snapshot.view);
		};
		const handle = async (m: HubMessage) => {
			if (m.t === 'state') {
				// The same change is being pushed to every student: let those pushes go out first.
				// The dashboard's snapshot is a few queries, and PGlite runs them on this thread.
				await new Promise((resolve) => setImmediate(resolve));
				return reload(m.rev);
			}
			if (m.t === 'gap') return reload('latest');
			if (m.t === 'join' && !seenStudents.has(m.st)) {
				seenStudents.add(m.st);
				const delta: HostDelta = { t: 'join', student: { id: m.st, nickname: m.n } };
				send('delta', delta);
			}
			if (m.t === 'answer' && !seenAnswers.has(`${m.st}:${m.q}`)) {
				seenAnswers.add(`${m.st}:${m.q}`);
				// Teacher-paced answers only ever go to the open question: say who, not what, until the
				// reveal (whose full view brings every choice). Self-paced answers earn feedback at once.
				const answer = teacherPaced
					? { studentId: m.st, questionId: m.q, choice: null, correct: null }
					: { studentId: m.st, questionId: m.q, choice: m.ch, correct: m.c };
				send('delta', { t: 'answer', answer } satisfies HostDelta);
			}
		};

		// Subscribe first, then take the snapshot: events are handled in order after it.
		const run = serially(handle, (e) => console.error('[classroom] host stream:', e));
		const unsubscribe = c.hub.subscribe(sessionId, null, run.push);
		await run.first(() => reload('latest'));
		return unsubscribe;
	}, DELTA_GATHERING);
}
