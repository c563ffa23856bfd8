import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { contentLanguage } from '$lib/server/topic';
import { classroom } from '$lib/server/classroom/context';
import {
	firstMessage,
	HostCommandSchema,
	LeaderboardFormSchema,
	MALFORMED,
	readFields
} from '$lib/server/classroom/requests/forms';
import { hostSession } from '$lib/server/classroom/requests/host-guard';
import { hostView } from '$lib/server/classroom/views/host-view';
import { cookieOptions, isHost, sessionFromParam } from '$lib/server/classroom/requests/http';
import { isHostSecret } from '$lib/server/classroom/store/sessions';
import { runCommand, setLeaderboard, type Command } from '$lib/server/classroom/commands/teacher';
import { asSecret, hostCookieName } from '$lib/server/classroom/requests/tokens';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, url }) => {
	// The teacher link (?key=…) carries the secret once: it becomes the cookie, and the URL loses it.
	const key = url.searchParams.get('key');
	if (key !== null) {
		const session = await sessionFromParam(classroom(), params.id);
		if (!session || !isHostSecret(session, asSecret(key))) error(403, m.host_link_invalid());
		cookies.set(hostCookieName(session.id), key, cookieOptions(url, 90));
		redirect(303, `/host/${session.id}`);
	}
	const { c, session } = await hostSession(params.id, cookies);
	return {
		view: await hostView(c.db, session, url.origin),
		lang: contentLanguage(session.topic_id)
	};
};

async function command(event: RequestEvent<{ id: string }>, name: Command) {
	const c = classroom();
	const session = await sessionFromParam(c, event.params.id);
	if (!session) return fail(404, { message: m.session_not_found() });
	if (!isHost(session, event.cookies)) {
		return fail(403, { message: m.host_only_teacher() });
	}
	const raw = await readFields(event.request);
	if (!raw) return fail(400, { message: MALFORMED() });
	const parsed = HostCommandSchema.safeParse(raw);
	if (!parsed.success) return fail(400, { message: firstMessage(parsed.error) });
	const changed = await runCommand(c, session, name, parsed.data.at);
	// A repeated click (or a second device) finds the session already moved on: say so, change nothing.
	if (!changed) return fail(409, { message: m.host_moved_on() });
	return { done: name };
}

export const actions: Actions = {
	start: (event) => command(event, 'start'),
	reveal: (event) => command(event, 'reveal'),
	next: (event) => command(event, 'next'),
	end: (event) => command(event, 'end'),
	leaderboard: async ({ params, cookies, request }) => {
		const c = classroom();
		const session = await sessionFromParam(c, params.id);
		if (!session) return fail(404, { message: m.session_not_found() });
		if (!isHost(session, cookies)) {
			return fail(403, { message: m.host_only_teacher() });
		}
		const raw = await readFields(request);
		if (!raw) return fail(400, { message: MALFORMED() });
		const parsed = LeaderboardFormSchema.safeParse(raw);
		if (!parsed.success) return fail(400, { message: firstMessage(parsed.error) });
		await setLeaderboard(c, session, parsed.data.show === 'on');
		return { done: 'leaderboard' };
	}
};
