import { building } from '$app/environment';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { startClassroom, stopClassroom } from '$lib/server/classroom/context';
import { closeAllEventStreams } from '$lib/server/classroom/live/sse';
import { getLibrary } from '$lib/server/content';
import { legacyRedirect } from '$lib/server/http/legacy-urls';
import { startupAddresses } from '$lib/server/http/network';
import { refusalOf, refusalResponse } from '$lib/server/http/request-guard';
import { guardStaticFiles } from '$lib/server/http/static-files';
import { htmlLang } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { studioRefusal } from '$lib/server/studio/guard';

export { handleError } from '$lib/server/http/log-errors';

/** Headers every response gets; the Content-Security-Policy itself is set by Kit (svelte.config.js). */
const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()'
};

/**
 * Opens the classroom database and applies migrations before the server listens (a lazy open would
 * stall the first answers for seconds). Not while building: prerendering must not take the data
 * folder's lock from a running server.
 */
export const init: ServerInit = async () => {
	if (building) return;
	// Broken content refuses to start, listing the validator's messages.
	getLibrary();
	guardStaticFiles();
	await startClassroom();
	for (const line of startupAddresses(process.env)) console.log(line);
	// Event streams never end by themselves; close them so a graceful stop does not wait 30 s.
	process.once('SIGTERM', closeAllEventStreams);
	process.once('SIGINT', closeAllEventStreams);
	process.once('sveltekit:shutdown', () => {
		stopClassroom().catch((error) => console.error('[classroom] close failed:', error));
	});
};

/**
 * Odd action names (404), the studio's door (every /author URL is 404 without
 * SOURCED_AUTHOR_SECRET, and needs the author's cookie with it) and cross-site form posts (403) are
 * refused here, before any route runs, and URLs from before topics are redirected;
 * Kit's own origin check is off (svelte.config.js) because it cannot see the address a phone used.
 */
export const handle: Handle = ({ event, resolve }) =>
	// The interface language for this request (switch cookie, else Accept-Language, else English),
	// kept for every message function called while it is served; `<html lang>` says which.
	paraglideMiddleware(event.request, ({ locale }) =>
		Promise.resolve(
			guarded({
				event,
				resolve: (e, options) =>
					resolve(e, {
						...options,
						transformPageChunk: ({ html }) =>
							html
								.replace('%lang%', htmlLang(locale))
								.replace('%sourced.description%', attribute(m.site_description()))
					})
			})
		).then((response) => {
			// Which language a page is in: the service worker keeps offline copies per language.
			if (response.headers.get('content-type')?.includes('text/html')) {
				response.headers.set('Content-Language', htmlLang(locale));
			}
			return response;
		})
	).then((response) => {
		// The same address answers in either language, so a shared cache must key on the browser's
		// languages. Not on Cookie: other cookies change with every answer, and Vary: Cookie would
		// make Back to an answered quiz page a cache miss (a resubmission) instead of that page.
		if (response.headers.get('content-type')?.includes('text/html')) {
			response.headers.append('Vary', 'Accept-Language');
		}
		return response;
	});

/** Text made safe inside a double-quoted HTML attribute. */
const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

const guarded: Handle = async ({ event, resolve }) => {
	const refusal = refusalOf(event.request, event.url);
	// An odd action name is a 404 everywhere, studio URLs included; then the studio's door, so a
	// cross-site post to a server without the studio gets its 404, not the site's 403.
	const oddAction = refusal?.status === 404 ? refusalResponse(refusal, event.request) : null;
	const response =
		oddAction ??
		studioRefusal(event) ??
		(refusal
			? refusalResponse(refusal, event.request)
			: (legacyRedirect(event.url) ?? (await resolve(event))));
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	return response;
};
