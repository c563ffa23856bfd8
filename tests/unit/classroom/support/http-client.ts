/**
 * A classroom visitor over HTTP (Node fetch on loopback): a cookie jar, form posts the way
 * SvelteKit's `enhance` sends them, and event streams. Used by the browser-level tests; the
 * bench's students (bench/http-visitor.ts) share its cookie jar, form results and event parsing.
 */
import { readEvents, type SseEvent } from './sse';

export interface FormResult {
	/** The action's status: 200, a redirect's 303, or the failure's 4xx. */
	status: number;
	location: string | null;
	data: string | null;
}

/**
 * What every visitor keeps, whatever carries its requests (fetch here, node:http in
 * bench/http-visitor.ts): its cookies, its address and the headers a browser would send.
 */
export class VisitorBase {
	readonly cookies = new Map<string, string>();

	/**
	 * `address` is sent as X-Forwarded-For: the server must run with ADDRESS_HEADER=x-forwarded-for.
	 * `origin` is what the browser would send as Origin: the page's address (`base`) unless a proxy
	 * stands between (then the public address).
	 */
	constructor(
		readonly base: string,
		readonly address?: string,
		readonly origin: string = base
	) {}

	headers(extra: Record<string, string> = {}): Record<string, string> {
		const h: Record<string, string> = { origin: this.origin, ...extra };
		if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		if (this.address) h['x-forwarded-for'] = this.address;
		return h;
	}

	/** Keeps the cookies of a response's Set-Cookie lines. */
	protected keep(setCookies: string[]) {
		for (const line of setCookies) {
			const [pair] = line.split(';');
			const eq = pair!.indexOf('=');
			this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
		}
	}
}

/** A form action's result from the HTTP status and body (Kit's JSON when the status is 200). */
export function formResult(status: number, text: string): FormResult {
	if (status !== 200) return { status, location: null, data: text };
	const json = JSON.parse(text) as { status: number; location?: string; data?: string };
	return { status: json.status, location: json.location ?? null, data: json.data ?? null };
}

export class Visitor extends VisitorBase {
	/** Posts a form to an action and reads Kit's JSON answer. */
	async form(path: string, fields: Record<string, string>): Promise<FormResult> {
		const response = await fetch(`${this.base}${path}`, {
			method: 'POST',
			headers: this.headers({
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json',
				'x-sveltekit-action': 'true'
			}),
			body: new URLSearchParams(fields)
		});
		this.keep(response.headers.getSetCookie());
		return formResult(response.status, await response.text());
	}

	async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
		const response = await fetch(`${this.base}${path}`, {
			headers: this.headers(headers),
			redirect: 'manual'
		});
		this.keep(response.headers.getSetCookie());
		return response;
	}

	/** Opens an event stream; `onEvent` gets each event with its arrival time. */
	async stream(
		path: string,
		onEvent: (e: SseEvent) => void
	): Promise<{ close: () => void; done: Promise<void> }> {
		const controller = new AbortController();
		const response = await fetch(`${this.base}${path}`, {
			headers: this.headers(),
			signal: controller.signal
		});
		if (response.status !== 200 || !response.body)
			throw new Error(`stream ${path}: ${response.status}`);
		const done = (async () => {
			try {
				for await (const e of readEvents(response.body!)) onEvent(e);
			} catch {
				// Closed by us or by the server.
			}
		})();
		return { close: () => controller.abort(), done };
	}
}

/** Waits until `predicate` holds, polling; throws after `ms`. */
export async function until(
	predicate: () => boolean,
	ms = 10_000,
	what = 'condition'
): Promise<void> {
	const end = Date.now() + ms;
	while (!predicate()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 5));
	}
}
