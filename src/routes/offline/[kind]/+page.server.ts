/**
 * The pages the service worker shows, with no network, instead of the browser's own error page
 * (src/lib/offline/routes.ts picks one by address): quizzes, live sessions, or any other page that
 * was not kept. The worker fetches all three when it installs.
 */
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';

/** Nothing to run in the browser: a message and links. */
export const csr = false;

const KINDS = ['quiz', 'live', 'page'] as const;

export function load({ params }) {
	const kind = KINDS.find((k) => k === params.kind);
	if (!kind) error(404, m.offline_no_such_page());
	return { kind };
}
