/**
 * npm run bench:classroom — the built app under a simulated class, on loopback only.
 *
 * For N = 100, 500 and 2,000 students (one size: `-- 2000`; several: `-- 100 500`), on PGlite, on
 * one PostgreSQL server, and with two app instances sharing that server, each run three times
 * (`--runs=5` to change): every student joins, keeps an event
 * stream open, and answers each of 5 teacher-paced questions after a random 0–3 s "think time";
 * the teacher reveals once all have answered and opens the next question 1 s later.
 * Prints join success, answers acknowledged and lost, answer → teacher-dashboard latency
 * (POST sent → delta on the teacher's stream) and question push → every student (teacher's POST
 * sent → view on each student's stream). Each figure is printed as the median of the runs with
 * their spread (min–max), so one lucky run cannot pass a target, with the app's CPU time over the
 * questions (all threads, and its main thread alone: PGlite runs on a thread of its own) and the
 * bench's own (the simulated students share the machine's cores with the app). Then
 * kills the built app with SIGKILL 50 times during bursts of answers (PGlite and PostgreSQL) and
 * checks that every acknowledged answer survived.
 *
 * Bounded: every wait has a deadline, every loop a count; it stops by itself. Needs `npm run
 * build` (done here when build/ is missing) and a PostgreSQL server (scripts/ensure-postgres.sh).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLibrary } from '../src/lib/server/content/build-library';
import { readTree } from '../src/lib/server/content/read-tree';
import { startApp } from '../tests/unit/classroom/support/app-process';
import { parseCsv } from '../tests/unit/classroom/support/csv-parse';
import { createTestDatabase } from '../tests/unit/classroom/support/databases';
import { until } from '../tests/unit/classroom/support/http-client';
import { Visitor } from './http-visitor';

const ARGS = process.argv.slice(2);
const SIZES = ARGS.filter((a) => !a.startsWith('--'))
	.map(Number)
	.filter((n) => n > 0);
const NS = SIZES.length ? SIZES : [100, 500, 2000];
const RUNS = Math.max(
	1,
	Number(/^--runs=(\d+)$/.exec(ARGS.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 3)
);
const QUESTIONS = 5;
const THINK_MS = 3000;
const DISCUSS_MS = 1000;
const KILLS = Number(process.env.BENCH_KILLS ?? 50);
const TOPIC = 'us-venezuela-2019-2025';
const BANK = 'detainees';
const { catalog } = buildLibrary(readTree('questions')).library.topicById.get(TOPIC)!;
const bankIds = catalog.bankById.get(BANK)!.questionIds;

const APP_ENV = {
	// Each simulated student has its own address (X-Forwarded-For), as phones on a school network
	// behind one proxy would; the per-session join limit is raised so 2,000 can join in seconds.
	ADDRESS_HEADER: 'x-forwarded-for',
	XFF_DEPTH: '1',
	CLASSROOM_CAPACITY: '5000',
	CLASSROOM_JOIN_BURST_PER_SESSION: '100000',
	CLASSROOM_JOIN_RATE_PER_SESSION: '100000',
	DATABASE_POOL_SIZE: '20'
};
/** Extra node flags for the app, e.g. BENCH_APP_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'. */
const NODE_ARGS = process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, task: (item: T, i: number) => Promise<void>) {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, items.length) }, async () => {
			while (next < items.length) {
				const i = next++;
				await task(items[i]!, i);
			}
		})
	);
}

/** Where the app keeps its data for one run: a fresh PGlite folder or a fresh database. */
interface Storage {
	name: string;
	instances: number;
	prepare: () => Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }>;
}

const pglite: Storage = {
	name: 'PGlite',
	instances: 1,
	async prepare() {
		const dir = mkdtempSync(join(tmpdir(), 'sourced-bench-'));
		return {
			env: { DATA_DIR: dir },
			cleanup: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
};
const postgres: Storage = {
	name: 'PostgreSQL',
	instances: 1,
	async prepare() {
		const { url, drop } = await createTestDatabase();
		return { env: { DATABASE_URL: url }, cleanup: drop };
	}
};
const setups: Storage[] = [
	pglite,
	postgres,
	{ ...postgres, name: 'PostgreSQL, 2 instances', instances: 2 }
];

/** The apps listen on BENCH_PORT (else E2E_PORT + 60, else 4400) and the next few ports. */
const BASE_PORT = Number(
	process.env.BENCH_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 60 : 4400)
);

interface Row {
	setup: string;
	n: number;
	joined: number;
	acked: number;
	expected: number;
	lost: number;
	answerP50: number;
	answerP95: number;
	answerP99: number;
	pushP50: number;
	pushMin: number;
	pushP99: number;
	seconds: number;
	/** CPU time the app used (all instances) from opening question 1 to the end, in seconds. */
	serverCpu: number;
	/** The part of it on the apps' main threads (where HTTP and streams run), in seconds. */
	mainThreadCpu: number;
	/** CPU time this bench process (every simulated student) used meanwhile, in seconds. */
	clientCpu: number;
}

/**
 * CPU time (user + system) the apps' processes have used so far, in seconds, from /proc (Linux):
 * a figure that other work on a shared machine disturbs far less than latencies. NaN elsewhere.
 */
function cpuSeconds(apps: { child: { pid?: number } }[], mainThread = false): number {
	let ticks = 0;
	for (const { child } of apps) {
		try {
			const path = mainThread
				? `/proc/${child.pid}/task/${child.pid}/stat`
				: `/proc/${child.pid}/stat`;
			const stat = readFileSync(path, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
		} catch {
			return NaN;
		}
	}
	return ticks / 100; // USER_HZ is 100 on Linux
}

/** Results CSV → the set of `nickname:questionIndex` the server stored. */
async function storedAnswers(teacher: Visitor, sessionId: string): Promise<Set<string>> {
	const csv = await (await teacher.get(`/host/${sessionId}/report/results.csv`)).text();
	const stored = new Set<string>();
	// Answers are quoted text ("✓ B. …") that may hold commas: read it as CSV, not by splitting.
	for (const cells of parseCsv(csv.replace(/^\uFEFF/, '')).slice(1)) {
		cells.slice(4).forEach((cell, q) => cell && stored.add(`${cells[0]}:${q}`));
	}
	return stored;
}

async function createSession(teacher: Visitor, mode: 'teacher' | 'self', count: number) {
	const created = await teacher.form('/teach', {
		topic: TOPIC,
		quiz: `bank:${BANK}`,
		mode,
		count: String(count)
	});
	if (created.status !== 303) throw new Error(`could not create a session: ${created.status}`);
	return created.location!.split('/').pop()!;
}

async function liveSession(storage: Storage, n: number): Promise<Row> {
	const started = performance.now();
	const { env, cleanup } = await storage.prepare();
	const apps = await Promise.all(
		Array.from({ length: storage.instances }, (_, i) =>
			startApp(BASE_PORT + i, { ...APP_ENV, ...env }, NODE_ARGS)
		)
	);
	try {
		const hostApp = apps[apps.length - 1]!; // with two instances, students join both; the teacher is on the second
		const teacher = new Visitor(hostApp.base, '192.168.0.1');
		const sessionId = await createSession(teacher, 'teacher', QUESTIONS);
		const idOf = new Map<string, string>(); // nickname → student id, from the teacher's stream
		const answerSent = new Map<string, number>(); // `studentId:q` → when the POST was sent
		const answerLatency: number[] = [];
		let code = '';
		// An answer reaches the dashboard as a delta, or inside a full view when it committed while
		// the view was being read (right after a question opens): count whichever comes first.
		const shown = new Set<string>();
		const onDashboard = (studentId: string, questionId: string, at: number) => {
			const key = `${studentId}:${questionId}`;
			const sent = answerSent.get(key);
			if (sent === undefined || shown.has(key)) return;
			shown.add(key);
			answerLatency.push(at - sent);
		};
		const host = await teacher.stream(`/api/classroom/${sessionId}/host-events`, (e) => {
			const d = e.data as {
				code?: string;
				t?: string;
				student?: { id: string; nickname: string };
				answer?: { studentId: string; questionId: string };
				current?: { studentId: string; questionId: string }[];
			};
			if (e.event === 'view' && d.code) code = d.code;
			for (const a of d.current ?? []) onDashboard(a.studentId, a.questionId, e.at);
			if (d.t === 'join') idOf.set(d.student!.nickname, d.student!.id);
			if (d.t === 'answer') onDashboard(d.answer!.studentId, d.answer!.questionId, e.at);
		});
		await until(() => code !== '', 10_000, 'teacher view');

		const students = Array.from({ length: n }, (_, i) => ({
			nickname: `Student ${i}`,
			v: new Visitor(apps[i % apps.length]!.base, addressOf(i + 1)),
			index: -1
		}));
		let joined = 0;
		await pool(students, 100, async (s) => {
			const r = await s.v.form('/join', { code, nickname: s.nickname }).catch(() => null);
			if (r?.status === 303) joined++;
		});
		const inClass = students.filter((s) => s.v.cookies.size > 0);
		await until(() => idOf.size >= inClass.length, 30_000, 'joins on the dashboard').catch((e) =>
			console.error(String(e))
		);

		let opened = 0;
		let pushSentAt = 0;
		const pushLatency: number[] = [];
		let acked = 0;
		const ackedKeys = new Set<string>();
		const streams: { close: () => void }[] = [];
		await pool(inClass, 200, async (s) => {
			const stream = await s.v.stream(`/api/classroom/${sessionId}/events`, (e) => {
				const view = e.data as { phase: string; index: number; question?: { id: string } };
				if (e.event !== 'view') return;
				if (view.phase === 'lobby') opened++;
				if (view.phase !== 'question' || view.index <= s.index) return;
				s.index = view.index;
				pushLatency.push(e.at - pushSentAt);
				const q = view.index;
				setTimeout(async () => {
					answerSent.set(`${idOf.get(s.nickname)}:${bankIds[q]}`, performance.now());
					const r = await s.v
						.form(`/play/${sessionId}?/answer`, {
							question: view.question!.id,
							choice: String(q % 3)
						})
						.catch(() => null);
					if (r?.status === 200) {
						acked++;
						ackedKeys.add(`${s.nickname}:${q}`);
					}
				}, Math.random() * THINK_MS);
			});
			streams.push(stream);
		});
		await until(() => opened >= inClass.length, 30_000, 'student streams');

		const clientCpuBefore = process.cpuUsage();
		const cpuBefore = cpuSeconds(apps);
		const mainCpuBefore = cpuSeconds(apps, true);
		for (let q = 0; q < QUESTIONS; q++) {
			pushSentAt = performance.now();
			const r = await teacher.form(`/host/${sessionId}?/${q === 0 ? 'start' : 'next'}`, {
				at: String(q - 1)
			});
			if (r.status !== 200)
				throw new Error(`could not open question ${q + 1}: ${r.status} ${r.data}`);
			const wanted = inClass.length * (q + 1);
			await until(() => acked >= wanted, THINK_MS + 60_000, `answers to question ${q + 1}`).catch(
				(e) => console.error(String(e))
			);
			await until(() => answerLatency.length >= acked, 10_000, 'dashboard deltas').catch((e) =>
				console.error(String(e))
			);
			await teacher.form(`/host/${sessionId}?/reveal`, { at: String(q) });
			await sleep(DISCUSS_MS); // the class looks at the spread before the next question
		}
		const serverCpu = cpuSeconds(apps) - cpuBefore;
		const mainThreadCpu = cpuSeconds(apps, true) - mainCpuBefore;
		const clientUsage = process.cpuUsage(clientCpuBefore);
		const clientCpu = (clientUsage.user + clientUsage.system) / 1e6;
		await teacher.form(`/host/${sessionId}?/end`, { at: String(QUESTIONS - 1) });
		host.close();
		for (const s of streams) s.close();
		const stored = await storedAnswers(teacher, sessionId);
		return {
			setup: storage.name,
			n,
			joined,
			acked,
			expected: n * QUESTIONS,
			lost: [...ackedKeys].filter((k) => !stored.has(k)).length,
			answerP50: percentile(answerLatency, 50),
			answerP95: percentile(answerLatency, 95),
			answerP99: percentile(answerLatency, 99),
			pushP50: percentile(pushLatency, 50),
			pushMin: Math.min(...pushLatency),
			pushP99: percentile(pushLatency, 99),
			seconds: (performance.now() - started) / 1000,
			serverCpu,
			mainThreadCpu,
			clientCpu
		};
	} finally {
		await Promise.all(apps.map((a) => a.stop()));
		await cleanup();
	}
}

interface KillResult {
	setup: string;
	kills: number;
	acked: number;
	lost: number;
	restartP50: number;
	restartMax: number;
}

/** SIGKILL the app at a random moment in each burst of answers; restart; check nothing acked is gone. */
async function killRuns(storage: Storage, kills: number): Promise<KillResult> {
	const { env, cleanup } = await storage.prepare();
	const port = BASE_PORT + 5;
	let app = await startApp(port, { ...APP_ENV, ...env }, NODE_ARGS);
	const restarts: number[] = [];
	try {
		const teacher = new Visitor(app.base, '192.168.0.1');
		const sessionId = await createSession(teacher, 'self', 0);
		await teacher.form(`/host/${sessionId}?/start`, { at: '-1' });
		const code = /code:"([A-Z0-9]{7})"/.exec(
			await (await teacher.get(`/host/${sessionId}`)).text()
		)![1]!;
		// Enough work for every kill: 200 students × 46 questions, a few dozen answers per burst.
		const students = Array.from({ length: 200 }, (_, i) => ({
			nickname: `Kid ${i}`,
			v: new Visitor(app.base, addressOf(i + 1)),
			next: 0
		}));
		await pool(
			students,
			40,
			async (s) => void (await s.v.form('/join', { code, nickname: s.nickname }))
		);
		const acked = new Set<string>();
		let lost = 0;
		for (let k = 0; k < kills; k++) {
			let alive = true;
			const burst = students.map(async (s) => {
				while (alive && s.next < bankIds.length) {
					// Question ids are per session: read the one this student is shown.
					const page = await s.v
						.get(`/play/${sessionId}`)
						.then((r) => r.text())
						.catch(() => '');
					const question = /name="question" value="([^"]+)"/.exec(page)?.[1];
					if (!question) return; // killed, or nothing left to answer
					const r = await s.v
						.form(`/play/${sessionId}?/answer`, { question, choice: '0' })
						.catch(() => null);
					if (r?.status !== 200) return; // killed mid-request: not acknowledged, retried next round
					acked.add(`${s.nickname}:${s.next}`);
					s.next++;
				}
			});
			await sleep(50 + Math.random() * 350);
			await app.stop('SIGKILL');
			alive = false;
			await Promise.all(burst);
			const t = performance.now();
			app = await startApp(port, { ...APP_ENV, ...env }, NODE_ARGS);
			restarts.push(performance.now() - t);
			const stored = await storedAnswers(teacher, sessionId);
			lost = [...acked].filter((key) => !stored.has(key)).length;
			if (lost > 0) break;
			if (students.every((s) => s.next >= bankIds.length)) break;
		}
		return {
			setup: storage.name,
			kills: restarts.length,
			acked: acked.size,
			lost,
			restartP50: percentile(restarts, 50),
			restartMax: Math.max(...restarts)
		};
	} finally {
		await app.stop('SIGKILL');
		await cleanup();
	}
}

const ms = (x: number) => (Number.isNaN(x) ? '—' : `${Math.round(x)} ms`);

type Figure = 'answerP50' | 'answerP95' | 'answerP99' | 'pushP50' | 'pushP99';

/** The runs of one setup and size; `lost` adds up every run's losses. */
interface Summary {
	setup: string;
	n: number;
	lost: number;
	runs: Row[];
}

function summarize(runs: Row[]): Summary {
	return {
		setup: runs[0]!.setup,
		n: runs[0]!.n,
		lost: runs.reduce((sum, r) => sum + r.lost, 0),
		runs
	};
}

/** "median (min–max)" in seconds. */
function seconds(values: number[]): string {
	const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return '—';
	const median = sorted[Math.floor(sorted.length / 2)]!;
	return `${median.toFixed(1)} s (${sorted[0]!.toFixed(1)}–${sorted.at(-1)!.toFixed(1)})`;
}

/** "median (min–max)" in ms; the median of an even count is the upper middle value (the worse). */
function spread(values: number[]): string {
	const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return '—';
	const median = sorted[Math.floor(sorted.length / 2)]!;
	if (sorted.length === 1) return ms(median);
	return `${ms(median)} (${Math.round(sorted[0]!)}–${Math.round(sorted.at(-1)!)})`;
}

async function main() {
	if (!existsSync('build/index.js') || process.env.BENCH_BUILD === '1') {
		console.log('Building the app (npm run build)…');
		execSync('npm run build', { stdio: 'ignore' });
	}
	console.log(
		`Classroom benchmark: ${QUESTIONS} teacher-paced questions, think time 0–${THINK_MS / 1000} s, ${DISCUSS_MS / 1000} s of discussion after each reveal, loopback only.\n`
	);
	const rows: Row[] = [];
	const summaries: Summary[] = [];
	// BENCH_SETUPS=PGlite (or names separated by ;) runs only those.
	const only = process.env.BENCH_SETUPS?.split(';').map((x) => x.trim());
	for (const storage of setups.filter((x) => !only || only.includes(x.name))) {
		for (const n of NS) {
			const runs: Row[] = [];
			for (let run = 1; run <= RUNS; run++) {
				const row = await liveSession(storage, n);
				runs.push(row);
				console.log(
					`${row.setup} · N=${n} · run ${run}/${RUNS}: joined ${row.joined}/${n}, answers ${row.acked}/${row.expected} acknowledged, ${row.lost} lost; ` +
						`answer→dashboard p50 ${ms(row.answerP50)} p95 ${ms(row.answerP95)} p99 ${ms(row.answerP99)}; ` +
						`question push min ${ms(row.pushMin)} p50 ${ms(row.pushP50)} p99 ${ms(row.pushP99)}; ` +
						`server CPU ${row.serverCpu.toFixed(1)} s, main thread ${row.mainThreadCpu.toFixed(1)} s; bench client CPU ${row.clientCpu.toFixed(1)} s (${row.seconds.toFixed(0)} s)`
				);
			}
			rows.push(...runs);
			summaries.push(summarize(runs));
		}
	}
	const kills: KillResult[] = [];
	for (const storage of KILLS > 0 ? [pglite, postgres] : []) {
		const result = await killRuns(storage, KILLS);
		kills.push(result);
		console.log(
			`${result.setup}: ${result.kills} SIGKILLs, ${result.acked} answers acknowledged, ${result.lost} lost`
		);
	}

	console.log(
		`\nMedian of ${RUNS} run${RUNS === 1 ? '' : 's'}, with the spread (min–max) in brackets.\n`
	);
	console.log(
		'| storage | N | joined | answers acknowledged | lost | answer→dashboard p50 | p95 | p99 | question push p50 | p99 | server CPU | main thread | bench client CPU |'
	);
	console.log(
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	for (const s of summaries) {
		const f = (k: Figure) => spread(s.runs.map((r) => r[k]));
		console.log(
			`| ${s.setup} | ${s.n} | ${Math.min(...s.runs.map((r) => r.joined))} | ${Math.min(...s.runs.map((r) => r.acked))} / ${s.runs[0]!.expected} | ${s.lost} | ${f('answerP50')} | ${f('answerP95')} | ${f('answerP99')} | ${f('pushP50')} | ${f('pushP99')} | ${seconds(s.runs.map((r) => r.serverCpu))} | ${seconds(s.runs.map((r) => r.mainThreadCpu))} | ${seconds(s.runs.map((r) => r.clientCpu))} |`
		);
	}
	console.log('\n| storage | SIGKILLs | answers acknowledged | lost | restart p50 / max |');
	console.log('| --- | ---: | ---: | ---: | ---: |');
	for (const k of kills)
		console.log(
			`| ${k.setup} | ${k.kills} | ${k.acked} | ${k.lost} | ${ms(k.restartP50)} / ${ms(k.restartMax)} |`
		);
	mkdirSync('bench/out', { recursive: true });
	writeFileSync(
		'bench/out/classroom.json',
		JSON.stringify({ runs: RUNS, rows, summaries, kills }, null, 2)
	);
	const failed = rows.some((r) => r.lost > 0) || kills.some((k) => k.lost > 0);
	process.exitCode = failed ? 1 : 0;
}

main().then(
	() => process.exit(),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
