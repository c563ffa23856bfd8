/**
 * Checks every request gets before SvelteKit routes it: form action names that are not actions,
 * and form posts from other sites. Both refuse with a 4xx and a message, before any body is read
 * and without a log line (they are the client's mistake, or an attack, not ours).
 */
import { m } from '../../paraglide/messages.js';
/**
 * The action a POST names, by SvelteKit's rule (the first query key starting with `/`; none means
 * `default`), and whether it was named explicitly. Source: kit/src/runtime/server/page/actions.js.
 */
export function actionName(url: URL): { name: string; explicit: boolean } {
	for (const key of url.searchParams.keys()) {
		if (key.startsWith('/')) return { name: key.slice(1), explicit: true };
	}
	return { name: 'default', explicit: false };
}

/**
 * Whether SvelteKit would mistake `name` for an action that does not exist: it looks actions up
 * as `actions[name]`, so inherited names (`constructor`, `__proto__`, `valueOf`, …) reach
 * Object.prototype and end in a 500, and an explicit `?/default` throws. Real action names are
 * always own, non-reserved keys, so refusing these never refuses a real action.
 */
export function isForbiddenActionName(url: URL): boolean {
	const { name, explicit } = actionName(url);
	return (explicit && name === 'default') || name in Object.prototype;
}

/** Content types a browser form can send (the ones CSRF can forge); as in SvelteKit's own check. */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isFormContentType(request: Request): boolean {
	const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
	return FORM_TYPES.includes(type);
}

/**
 * Whether a request says it comes from this site: its Origin is the app's configured origin
 * (`url.origin`, which is ORIGIN when set) or the origin of the address it was sent to (its own
 * Host header, with the request's scheme). The second is what lets a phone post forms to
 * http://192.168.1.20:3000 when the app was started with no settings; a page on another site
 * cannot make a browser send an Origin equal to the Host it posts to.
 */
export function isSameOrigin(origin: string, request: Request, url: URL): boolean {
	if (origin === url.origin) return true;
	const host = request.headers.get('host');
	return host !== null && origin === `${url.protocol}//${host}`;
}

/**
 * SvelteKit's CSRF rule with our notion of "same origin": a form post (or PUT, PATCH, DELETE with a
 * form content type) whose Origin is missing or another site's is refused.
 */
export function isCrossSiteFormPost(request: Request, url: URL): boolean {
	if (!UNSAFE_METHODS.has(request.method) || !isFormContentType(request)) return false;
	const origin = request.headers.get('origin');
	return origin === null || !isSameOrigin(origin, request, url);
}

export interface Refusal {
	status: 403 | 404;
	message: string;
}

/**
 * Why the request must not reach a route (unknown action name: 404; cross-site form post: 403),
 * or null. Action names are checked first, so an odd name gets its 404 from any origin.
 */
export function refusalOf(request: Request, url: URL): Refusal | null {
	if (request.method === 'POST' && isForbiddenActionName(url)) {
		const name = actionName(url).name.slice(0, 60);
		return { status: 404, message: m.guard_no_action({ name }) };
	}
	if (isCrossSiteFormPost(request, url)) {
		const origin = request.headers.get('origin');
		return {
			status: 403,
			message:
				origin === null ? m.guard_no_origin() : m.guard_cross_site({ origin: origin.slice(0, 100) })
		};
	}
	return null;
}

/** The refusal as Kit answers errors: JSON for fetch clients (`use:enhance`), else plain text. */
export function refusalResponse(refusal: Refusal, request: Request): Response {
	const wantsJson = /\bapplication\/json\b/.test(request.headers.get('accept') ?? '');
	return wantsJson
		? Response.json({ message: refusal.message }, { status: refusal.status })
		: new Response(refusal.message, {
				status: refusal.status,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			});
}
