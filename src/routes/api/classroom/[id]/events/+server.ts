import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { classroom } from '$lib/server/classroom/context';
import { isCrossOrigin, sessionFromParam, studentOf } from '$lib/server/classroom/requests/http';
import { studentStream } from '$lib/server/classroom/live/student-stream';
import type { RequestHandler } from './$types';

/** A student's live view (server-sent events); needs the student's cookie for this session. */
export const GET: RequestHandler = async ({ params, cookies, request, url }) => {
	if (isCrossOrigin(request, url)) error(403, 'Cross-origin requests are not allowed.');
	const c = classroom();
	const session = await sessionFromParam(c, params.id);
	if (!session) error(404, m.session_not_found());
	const student = await studentOf(c, session, cookies);
	if (!student) error(403, m.join_first());
	return studentStream(c, student);
};
