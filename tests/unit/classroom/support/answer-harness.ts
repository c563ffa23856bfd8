/**
 * A small stand-alone process for the crash tests: opens the classroom database exactly as the app
 * does (lock file, migrations) and records answers over HTTP through the same query layer, replying
 * 200 only after the answer committed. Run with `node --import tsx`, DATA_DIR or DATABASE_URL set.
 *   POST /setup?students=N  → {"sessionId", "students": [ids]}
 *   POST /answer?s=&st=&q=&ch= → "ok" once committed
 *   GET  /answers?s=        → [["studentId","questionId",choice], …]
 */
import { createServer } from 'node:http';
import { openDatabase } from '../../../../src/lib/server/classroom/store/database';
import { recordAnswer } from '../../../../src/lib/server/classroom/store/answers';
import { createSession } from '../../../../src/lib/server/classroom/store/sessions';
import { joinSession } from '../../../../src/lib/server/classroom/store/students';

const url = process.env.DATABASE_URL;
let database;
try {
	database = await openDatabase(url ? { url } : { dataDir: process.env.DATA_DIR ?? './data' });
} catch (error) {
	console.error((error as Error).message);
	process.exit(3);
}
const { db } = database;

const server = createServer(async (req, res) => {
	const u = new URL(req.url ?? '/', 'http://x');
	const q = (k: string) => u.searchParams.get(k) ?? '';
	try {
		if (u.pathname === '/setup') {
			const { session } = await createSession(db, {
				title: 'crash test',
				topicId: 'us-venezuela-2019-2025',
				sourceKind: 'bank',
				sourceId: 'x',
				questionIds: ['q'],
				mode: 'self',
				timerSeconds: null,
				leaderboard: false,
				capacity: 100_000
			});
			const students: string[] = [];
			for (let i = 0; i < Number(q('students')); i++) {
				const r = await joinSession(db, session.id, `s${i}`);
				if (r.ok) students.push(r.student.id);
			}
			res.end(JSON.stringify({ sessionId: session.id, students }));
		} else if (u.pathname === '/answer') {
			await recordAnswer(db, {
				sessionId: q('s'),
				studentId: q('st'),
				questionId: q('q'),
				choice: Number(q('ch')),
				correct: false
			});
			res.end('ok');
		} else if (u.pathname === '/answers') {
			const rows = await db
				.selectFrom('classroom_answer')
				.select(['student_id', 'question_id', 'choice'])
				.where('session_id', '=', q('s'))
				.execute();
			res.end(JSON.stringify(rows.map((r) => [r.student_id, r.question_id, r.choice])));
		} else {
			res.statusCode = 404;
			res.end();
		}
	} catch (error) {
		res.statusCode = 500;
		res.end(String(error));
	}
});
server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`);
});
