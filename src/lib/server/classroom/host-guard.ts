/** Every teacher page and file starts here: the session, and proof that this is its teacher. */
import { error } from '@sveltejs/kit';
import type { Cookies } from '@sveltejs/kit';
import { classroom } from './context';
import { isHost, sessionFromParam } from './http';

export async function hostSession(id: string, cookies: Cookies) {
	const c = classroom();
	const session = await sessionFromParam(c, id);
	if (!session) error(404, 'No such session.');
	if (!isHost(session, cookies)) {
		error(403, 'This page is for the teacher who created the session. Students join at /join.');
	}
	return { c, session };
}
