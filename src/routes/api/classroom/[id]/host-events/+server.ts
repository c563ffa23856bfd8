import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { classroom } from '$lib/server/classroom/context';
import { hostStream } from '$lib/server/classroom/live/host-stream';
import { isCrossOrigin, isHost, sessionFromParam } from '$lib/server/classroom/requests/http';
import type { RequestHandler } from './$types';

/** The teacher's live dashboard (server-sent events); needs the teacher's cookie. */
export const GET: RequestHandler = async ({ params, cookies, request, url }) => {
	if (isCrossOrigin(request, url)) error(403, 'Cross-origin requests are not allowed.');
	const c = classroom();
	const session = await sessionFromParam(c, params.id);
	if (!session) error(404, m.session_not_found());
	if (!isHost(session, cookies)) error(403, m.host_only_watch());
	return hostStream(c, session.id, url.origin);
};
