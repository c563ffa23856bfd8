/**
 * What the server logs for an error Kit caught: one line for a client error (4xx: a malformed
 * post, a body that is not a form, an unknown action; the answer is correct and nothing needs
 * fixing), the stack trace only for a server error (5xx), which is a bug to look at.
 */
import type { HandleServerError } from '@sveltejs/kit';

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const where = `${event.request.method} ${event.url.pathname}`;
	if (status < 500) {
		const detail = error instanceof Error && error.message !== message ? `: ${error.message}` : '';
		console.warn(
			`[http] ${status} ${where} ${message}${detail}`.replace(/\s+/g, ' ').slice(0, 300)
		);
		return { message };
	}
	console.error(`[http] ${status} ${where}`, error);
	return { message };
};
