/**
 * The bench's classroom visitor: the same requests as tests/unit/classroom/support/http-client.ts
 * (cookie jar, form posts the way SvelteKit's `enhance` sends them, event streams), sent with
 * node:http and a keep-alive agent instead of fetch.
 *
 * Why a second client: 2,000 simulated students share the machine's two cores with the app, and
 * fetch (undici, with web streams for every body) cost the bench process more CPU than the app
 * spent serving them; its event loop then fell behind and stamped answers and pushes late. The
 * figures measured stay the same ones: an answer's clock starts when its POST is handed to the
 * socket and stops when the teacher's stream delivers it. Only the bench's own overhead shrinks, as
 * it would with each student on a phone of their own. The server sees ordinary HTTP/1.1 requests,
 * as from a browser that keeps its connection open.
 */
import http from 'node:http';
import {
	formResult,
	VisitorBase,
	type FormResult
} from '../tests/unit/classroom/support/http-client';
import { takeEvents, type SseEvent } from '../tests/unit/classroom/support/sse';

/**
 * Sockets for posts are kept between requests. A free socket is closed after 3 s, before the
 * server's keep-alive timeout (5 s) can close it under a request being sent; if that race is lost
 * anyway, the request is sent once more on a new socket (an answer sent twice is stored once: the
 * server answers a retry with the first answer).
 */
const posts = new http.Agent({ keepAlive: true, timeout: 3000, noDelay: true });
/** Event streams hold their socket for their whole life: nothing to keep. */
const streams = new http.Agent({ keepAlive: false, noDelay: true });

interface Reply {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

function send(
	url: string,
	options: http.RequestOptions,
	body: string | null,
	retried = false
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = http.request(url, { agent: posts, ...options }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
			res.on('error', reject);
		});
		req.on('error', (error: NodeJS.ErrnoException) => {
			// A kept socket the server had just closed: nothing reached the app, send it again.
			if (!retried && req.reusedSocket && error.code === 'ECONNRESET') {
				send(url, options, body, true).then(resolve, reject);
			} else reject(error);
		});
		req.end(body ?? undefined);
	});
}

/** As http-client.ts's Visitor (`address` goes out as X-Forwarded-For, `origin` as Origin). */
export class Visitor extends VisitorBase {
	/** Posts a form to an action and reads Kit's JSON answer. */
	async form(path: string, fields: Record<string, string>): Promise<FormResult> {
		const body = new URLSearchParams(fields).toString();
		const reply = await send(
			`${this.base}${path}`,
			{
				method: 'POST',
				headers: this.headers({
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': String(Buffer.byteLength(body)),
					accept: 'application/json',
					'x-sveltekit-action': 'true'
				})
			},
			body
		);
		this.keep(reply.headers['set-cookie'] ?? []);
		return formResult(reply.status, reply.body);
	}

	/** A GET, redirects not followed; the body is read whole. */
	async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
		const reply = await send(`${this.base}${path}`, { headers: this.headers(headers) }, null);
		this.keep(reply.headers['set-cookie'] ?? []);
		const out = new Headers();
		for (const [k, v] of Object.entries(reply.headers)) {
			for (const value of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, value);
		}
		return new Response(reply.status === 304 ? null : reply.body, {
			status: reply.status,
			headers: out
		});
	}

	/** Opens an event stream; `onEvent` gets each event with its arrival time. */
	stream(
		path: string,
		onEvent: (e: SseEvent) => void
	): Promise<{ close: () => void; done: Promise<void> }> {
		return new Promise((resolve, reject) => {
			const req = http.get(
				`${this.base}${path}`,
				{ agent: streams, headers: this.headers() },
				(res) => {
					if (res.statusCode !== 200) {
						res.resume();
						return reject(new Error(`stream ${path}: ${res.statusCode}`));
					}
					const done = new Promise<void>((end) => {
						res.once('close', end);
						res.once('error', () => end());
					});
					let buffer = '';
					res.setEncoding('utf8');
					res.on('data', (chunk: string) => {
						// Arrival time: taken before parsing, which is the reader's own work.
						const taken = takeEvents(buffer + chunk, performance.now());
						buffer = taken.rest;
						for (const e of taken.events) onEvent(e);
					});
					resolve({ close: () => req.destroy(), done });
				}
			);
			req.on('error', reject);
		});
	}
}
