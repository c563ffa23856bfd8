/**
 * No acknowledged answer is ever lost: answers stream in, the process is killed with SIGKILL at a
 * random moment, restarted, and every answer it had acknowledged must be there. (The benchmark
 * does the same 50+ times against the built app.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { backends } from './support/databases';
import { kill9, startHarness, type Running } from './support/processes';

const KILLS = 3;
const IN_FLIGHT = 16;

describe.each(backends)('answers survive SIGKILL on $name', (backend) => {
	let cleanup = async () => {};
	afterAll(() => cleanup());

	it(`keeps every acknowledged answer across ${KILLS} kills`, async () => {
		const prepared = await backend.prepare();
		cleanup = prepared.cleanup;
		const env: Record<string, string> =
			'url' in prepared.target
				? { DATABASE_URL: prepared.target.url }
				: { DATA_DIR: prepared.target.dataDir };
		let server: Running = await startHarness(env);
		const setup = await (
			await fetch(`${server.base}/setup?students=25`, { method: 'POST' })
		).json();
		const sessionId: string = setup.sessionId;
		const pending = setup.students.flatMap((st: string) =>
			Array.from({ length: 40 }, (_, q) => ({ st, q: `q${q}`, ch: q % 4 }))
		);
		const acked = new Map<string, number>();

		for (let kill = 0; kill <= KILLS; kill++) {
			let stop = false;
			// The kill comes after a random number of acknowledgements in this round: a condition,
			// so a slow start on a busy machine cannot put the kill before any answer.
			const killAfter = acked.size + 1 + Math.floor(Math.random() * 200);
			let reached!: () => void;
			const enoughAcked = new Promise<void>((r) => (reached = r));
			const worker = async (base: string) => {
				while (!stop && pending.length > 0) {
					const a = pending.shift()!;
					try {
						const r = await fetch(`${base}/answer?s=${sessionId}&st=${a.st}&q=${a.q}&ch=${a.ch}`, {
							method: 'POST'
						});
						if (r.status === 200 && (await r.text()) === 'ok') {
							acked.set(`${a.st}:${a.q}`, a.ch);
							if (acked.size >= killAfter) reached();
						} else pending.push(a);
					} catch {
						pending.push(a); // not acknowledged: may or may not be stored, and may be retried
						return;
					}
				}
			};
			const workers = Array.from({ length: IN_FLIGHT }, () => worker(server.base));
			if (kill < KILLS) {
				await Promise.race([enoughAcked, Promise.all(workers)]);
				await kill9(server);
				stop = true;
				await Promise.all(workers);
				server = await startHarness(env);
			} else {
				await Promise.all(workers);
			}
			const stored = new Map<string, number>(
				(
					(await (await fetch(`${server.base}/answers?s=${sessionId}`)).json()) as [
						string,
						string,
						number
					][]
				).map(([st, q, ch]) => [`${st}:${q}`, ch])
			);
			const lost = [...acked].filter(([key, ch]) => stored.get(key) !== ch);
			expect(lost).toEqual([]);
		}
		expect(acked.size).toBe(25 * 40);
		await kill9(server);
	}, 120_000);
});
