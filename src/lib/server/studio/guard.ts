/**
 * The studio's door in the request hook: absent (404) unless enabled, then a session cookie for
 * every URL but the sign-in page. Runs before the site's own checks, so even a forged post to a
 * studio URL of a server without the studio gets the same 404 as any unknown page.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { AUTHOR_COOKIE, isAuthor, isStudioPath, studioEnabled } from './gate';

const SIGN_IN = '/author/sign-in';

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
	return new Response(message, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }
	});
}

/** The response that stops a studio request, or null to let it through (or when not a studio URL). */
export function studioRefusal(event: Pick<RequestEvent, 'url' | 'request' | 'cookies'>) {
	const { pathname } = event.url;
	if (!isStudioPath(pathname)) return null;
	if (!studioEnabled()) return text(404, 'Not found');
	if (pathname === SIGN_IN || isAuthor(event.cookies.get(AUTHOR_COOKIE))) return null;
	if (event.request.method === 'GET' || event.request.method === 'HEAD') {
		return new Response(null, { status: 303, headers: { location: SIGN_IN } });
	}
	return text(
		403,
		'Sign in to the studio first (open /author/sign-in), then send this form again.'
	);
}
