import { error, fail, redirect } from '@sveltejs/kit';
import { answerQuestion } from '$lib/server/classroom/commands/answer';
import { classroom } from '$lib/server/classroom/context';
import {
	AnswerFormSchema,
	firstMessage,
	MALFORMED,
	readFields
} from '$lib/server/classroom/requests/forms';
import { sessionFromParam, studentOf } from '$lib/server/classroom/requests/http';
import { loadOwnAnswers } from '$lib/server/classroom/live/student-stream';
import { studentView } from '$lib/server/classroom/views/student-view';
import { contentLanguage } from '$lib/server/topic';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies, request }) => {
	const c = classroom();
	const session = await sessionFromParam(c, params.id);
	if (!session) error(404, m.session_not_found());
	const student = await studentOf(c, session, cookies);
	if (!student) {
		// A post without the student's cookie is forged or stale: refuse it rather than redirect.
		if (request.method !== 'GET') error(403, m.play_not_in_session());
		// Not (or no longer) in this session on this device: join with the code.
		redirect(303, '/join');
	}
	const own = await loadOwnAnswers(c, session.id, student.id);
	// The server's clock travels with the view: the page's timer counts from it (clock.ts).
	const view = { ...studentView(session, student, own), serverNow: Date.now() };
	return { nickname: student.nickname, view, lang: contentLanguage(session.topic_id) };
};

export const actions: Actions = {
	answer: async ({ params, cookies, request }) => {
		const c = classroom();
		const session = await sessionFromParam(c, params.id);
		if (!session) return fail(404, { message: m.session_not_found() });
		const student = await studentOf(c, session, cookies);
		if (!student) {
			return fail(403, { message: m.play_not_in_session_join() });
		}
		const raw = await readFields(request);
		if (!raw) return fail(400, { message: MALFORMED() });
		const parsed = AnswerFormSchema.safeParse(raw);
		if (!parsed.success) return fail(400, { message: firstMessage(parsed.error) });
		const outcome = await answerQuestion(c, session, student, parsed.data);
		if (!outcome.ok) return fail(outcome.status, { message: outcome.message });
		return { answered: outcome };
	}
};
