/**
 * A stand-in for SvelteKit's RequestEvent, enough for our actions and endpoints, so tests (and the
 * fuzzer) call them in-process. Kit maps what they return or throw to a status exactly as here.
 */
import { isActionFailure, isHttpError, isRedirect, type Cookies } from '@sveltejs/kit';

export const ORIGIN = 'http://localhost:5999';

export class CookieJar implements Cookies {
	values = new Map<string, string>();
	constructor(initial: Record<string, string> = {}) {
		for (const [k, v] of Object.entries(initial)) this.values.set(k, v);
	}
	get(name: string) {
		return this.values.get(name);
	}
	getAll() {
		return [...this.values].map(([name, value]) => ({ name, value }));
	}
	set(name: string, value: string) {
		this.values.set(name, value);
	}
	delete(name: string) {
		this.values.delete(name);
	}
	serialize(name: string, value: string) {
		return `${name}=${value}`;
	}
}

export function formRequest(
	path: string,
	fields: Record<string, string> | FormData,
	headers: Record<string, string> = {}
) {
	const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
	return new Request(`${ORIGIN}${path}`, {
		method: 'POST',
		body,
		headers: { origin: ORIGIN, ...headers }
	});
}

export function fakeEvent(opts: {
	path: string;
	params: Record<string, string>;
	cookies?: CookieJar;
	request?: Request;
	address?: string;
}) {
	const url = new URL(`${ORIGIN}${opts.path}`);
	return {
		params: opts.params,
		cookies: opts.cookies ?? new CookieJar(),
		request: opts.request ?? new Request(url),
		url,
		getClientAddress: () => opts.address ?? '127.0.0.1'
	} as never;
}

/** The HTTP status Kit would send for what a handler returned or threw. */
export async function statusOf(run: () => unknown): Promise<{ status: number; value: unknown }> {
	try {
		const value = await run();
		if (isActionFailure(value)) return { status: value.status, value: value.data };
		if (value instanceof Response) {
			await value.body?.cancel();
			return { status: value.status, value };
		}
		return { status: 200, value };
	} catch (thrown) {
		if (isRedirect(thrown)) return { status: thrown.status, value: thrown.location };
		if (isHttpError(thrown)) return { status: thrown.status, value: thrown.body };
		return { status: 500, value: thrown };
	}
}
