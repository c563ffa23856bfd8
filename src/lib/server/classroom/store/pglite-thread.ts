/**
 * PGlite on its own thread (node:worker_threads). PGlite runs PostgreSQL compiled to WASM, and
 * every statement, with its file writes, is synchronous work on the thread that owns it; on the
 * main thread that work stalled every HTTP request and event stream while a class answered (a
 * third of the server's CPU at 2,000 students). Here the main thread only posts the SQL and its
 * parameters and gets rows back (structured clone keeps Dates, arrays and nulls as PGlite parsed
 * them), and NOTIFY payloads arrive in commit order, those of one statement in one message.
 *
 * Durability is unchanged: a statement's reply is posted only after PGlite finished it, so an
 * answer acknowledged after its INSERT returned was committed. One PGlite session serves one
 * statement at a time; pglite-dialect.ts keeps transactions from interleaving.
 */
import { Worker } from 'node:worker_threads';

/**
 * The worker's code, run with `eval` so that the bundled server needs no separate file. It loads
 * PGlite with `require` resolved from this module, as the app's own import would be.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require('node:module').createRequire(workerData.base)('@electric-sql/pglite');
const plain = (e) => e && typeof e === 'object'
	? { ...e, name: String(e.name), message: String(e.message) } : { message: String(e) };
// NOTIFY payloads go out together, one message for all that one statement raised: a batch of
// answers is one message, so the teacher's stream gathers it into one write however busy the
// main thread is. They still go before the statement's reply, in commit order.
let notices = [];
const flushNotices = () => {
	if (notices.length === 0) return;
	parentPort.postMessage({ t: 'notify', payloads: notices });
	notices = [];
};
const notice = (payload) => {
	if (notices.length === 0) setImmediate(flushNotices);
	notices.push(payload);
};
const reply = (id, result, error) => {
	flushNotices();
	parentPort.postMessage({ t: 'reply', id, result, error });
};
PGlite.create(workerData.dataDir).then((client) => {
	parentPort.on('message', async (m) => {
		try {
			if (m.t === 'query') {
				const r = await client.query(m.sql, m.params);
				reply(m.id, { rows: r.rows, affectedRows: r.affectedRows });
			} else if (m.t === 'listen') {
				await client.listen(m.channel, notice);
				reply(m.id, null);
			} else if (m.t === 'close') {
				await client.close();
				reply(m.id, null);
			}
		} catch (error) {
			reply(m.id, undefined, plain(error));
		}
	});
	parentPort.postMessage({ t: 'opened' });
}, (error) => parentPort.postMessage({ t: 'opened', error: plain(error) }));
`;

export interface QueryRows {
	rows: Record<string, unknown>[];
	affectedRows?: number;
}

type Reply = { t: 'reply'; id: number; result?: unknown; error?: Record<string, unknown> };
type Message = Reply | { t: 'notify'; payloads: string[] } | { t: 'opened'; error?: object };

/** An error as PGlite threw it, rebuilt with its fields (`code` tells a unique violation). */
function rebuild(fields: Record<string, unknown>): Error {
	return Object.assign(new Error(String(fields.message)), fields);
}

export class PGliteThread {
	#worker: Worker;
	#next = 0;
	#pending = new Map<number, { resolve: (r: never) => void; reject: (e: Error) => void }>();
	#listeners: ((payload: string) => void)[] = [];
	#listening: Promise<void> | null = null;
	#exited: Promise<void>;
	#exitCode: number | null = null;

	private constructor(worker: Worker) {
		this.#worker = worker;
		this.#exited = new Promise((resolve) => worker.once('exit', () => resolve()));
		worker.on('message', (m: Message) => {
			if (m.t === 'notify') {
				for (const payload of m.payloads) for (const listener of this.#listeners) listener(payload);
				return;
			}
			if (m.t !== 'reply') return;
			const waiting = this.#pending.get(m.id);
			this.#pending.delete(m.id);
			if (m.error) waiting?.reject(rebuild(m.error));
			else waiting?.resolve(m.result as never);
		});
		// A crashed thread fails what waits on it, and every later call, instead of leaving
		// requests hanging (a 500 each, with the cause logged once).
		worker.on('error', (error) => console.error('[classroom] PGlite thread failed:', error));
		worker.once('exit', (code) => {
			this.#exitCode = code;
			for (const w of this.#pending.values()) w.reject(this.#gone());
			this.#pending.clear();
		});
	}

	/** Opens (or creates) the PGlite database in `dataDir`; rejects with PGlite's own error. */
	static async open(dataDir: string): Promise<PGliteThread> {
		const worker = new Worker(WORKER_SOURCE, {
			eval: true,
			workerData: { dataDir, base: import.meta.url }
		});
		const error = await new Promise<object | undefined>((resolve, reject) => {
			worker.once('error', reject);
			worker.once('message', (m: Message) => resolve(m.t === 'opened' ? m.error : undefined));
		});
		if (error) {
			await worker.terminate();
			throw rebuild(error as Record<string, unknown>);
		}
		return new PGliteThread(worker);
	}

	#gone(): Error {
		return new Error(`The PGlite thread has stopped (exit code ${this.#exitCode}).`);
	}

	#call<T>(message: object): Promise<T> {
		if (this.#exitCode !== null) return Promise.reject(this.#gone());
		const id = this.#next++;
		return new Promise<T>((resolve, reject) => {
			this.#pending.set(id, { resolve: resolve as (r: never) => void, reject });
			this.#worker.postMessage({ ...message, id });
		});
	}

	query(sql: string, params: readonly unknown[] = []): Promise<QueryRows> {
		return this.#call({ t: 'query', sql, params });
	}

	/** Every NOTIFY on `channel` reaches `onPayload` (the classroom uses one channel). */
	listen(channel: string, onPayload: (payload: string) => void): Promise<void> {
		this.#listeners.push(onPayload);
		this.#listening ??= this.#call({ t: 'listen', channel });
		return this.#listening;
	}

	/** Writes PGlite's state out, then ends the thread. */
	async close(): Promise<void> {
		try {
			await this.#call({ t: 'close' });
		} finally {
			await this.#worker.terminate();
			await this.#exited;
		}
	}
}
