/**
 * Paraglide's runtime as the browser build sees it (vite.config.ts swaps it in for the client
 * bundle only): everything the generated runtime exports, except that the language is the one the
 * server rendered the page in, `<html lang>` (set per request in hooks.server.ts from the switch's
 * cookie, else Accept-Language). The generated getLocale would find it again from the cookie and
 * navigator.languages, with code for strategies, URL patterns and custom strategies that a page
 * never needs: about 1 KB (gzip) on every page that runs the client. A page read from an offline
 * copy also hydrates in the language it was kept in, not in whatever the cookie says now.
 */
import { baseLocale, locales } from '../paraglide/runtime.js';

export * from '../paraglide/runtime.js';

/** @returns {import('../paraglide/runtime.js').Locale} */
export function getLocale() {
	const base = typeof document === 'undefined' ? '' : document.documentElement.lang.split('-')[0];
	return /** @type {import('../paraglide/runtime.js').Locale} */ (
		locales.find((l) => l === base) ?? baseLocale
	);
}
