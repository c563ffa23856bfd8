import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { classroom } from '$lib/server/classroom/context';
import {
	firstMessage,
	HostCommandSchema,
	MALFORMED,
	readFields
} from '$lib/server/classroom/requests/forms';
import { hostSession } from '$lib/server/classroom/requests/host-guard';
import { isHost, sessionFromParam } from '$lib/server/classroom/requests/http';
import { askedCount } from '$lib/server/classroom/views/session-questions';
import { runCommand } from '$lib/server/classroom/commands/teacher';
import type { Actions, PageServerLoad } from './$types';

/** "End session" asks first, as a page of its own, so the question works without JavaScript. */
export const load: PageServerLoad = async ({ params, cookies }) => {
	const { session } = await hostSession(params.id, cookies);
	if (session.phase === 'ended') redirect(303, `/host/${session.id}`);
	return {
		id: session.id,
		title: session.title,
		at: session.current_index,
		asked: askedCount(session),
		total: session.question_ids.length
	};
};

export const actions: Actions = {
	default: async ({ params, cookies, request }) => {
		const c = classroom();
		const session = await sessionFromParam(c, params.id);
		if (!session) return fail(404, { message: m.session_not_found() });
		if (!isHost(session, cookies)) {
			return fail(403, { message: m.end_only_teacher() });
		}
		const raw = await readFields(request);
		if (!raw) return fail(400, { message: MALFORMED() });
		const parsed = HostCommandSchema.safeParse(raw);
		if (!parsed.success) return fail(400, { message: firstMessage(parsed.error) });
		await runCommand(c, session, 'end', parsed.data.at);
		// Ended now, or already by another device: either way the session page says so.
		redirect(303, `/host/${session.id}`);
	}
};
