/** Every teacher page and file starts here: the session, and proof that this is its teacher. */
import { m } from '../../../paraglide/messages.js';
import { error } from '@sveltejs/kit';
import type { Cookies } from '@sveltejs/kit';
import { classroom } from '../context';
import { isHost, sessionFromParam } from './http';

export async function hostSession(id: string, cookies: Cookies) {
	const c = classroom();
	const session = await sessionFromParam(c, id);
	if (!session) error(404, m.session_not_found());
	if (!isHost(session, cookies)) {
		error(403, m.host_page_for_teacher());
	}
	return { c, session };
}
