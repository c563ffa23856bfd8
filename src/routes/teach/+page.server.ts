import { fail, redirect } from '@sveltejs/kit';
import { catalog } from '$lib/server/content';
import { classroom } from '$lib/server/classroom/context';
import { CreateFormSchema, firstMessage, MALFORMED, readFields } from '$lib/server/classroom/forms';
import { cookieOptions } from '$lib/server/classroom/http';
import { findQuizChoice, quizChoices } from '$lib/server/classroom/quiz-source';
import { createSession } from '$lib/server/classroom/sessions';
import { hostCookieName } from '$lib/server/classroom/tokens';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	quizzes: quizChoices(catalog).map((q) => ({
		value: q.value,
		title: q.title,
		count: q.questionIds.length
	}))
});

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const raw = await readFields(request);
		if (!raw) return fail(400, { message: MALFORMED });
		const parsed = CreateFormSchema.safeParse(raw);
		if (!parsed.success) return fail(400, { message: firstMessage(parsed.error) });
		const quiz = findQuizChoice(catalog, parsed.data.quiz);
		if (!quiz) return fail(400, { message: 'Choose one of the quizzes in the list.' });
		const c = classroom();
		const { session, hostSecret } = await createSession(c.db, {
			title: quiz.title,
			sourceKind: quiz.kind,
			sourceId: quiz.id,
			questionIds: parsed.data.count
				? quiz.questionIds.slice(0, parsed.data.count)
				: quiz.questionIds,
			mode: parsed.data.mode,
			timerSeconds: parsed.data.timer || null,
			leaderboard: parsed.data.leaderboard === 'on',
			capacity: c.config.capacity
		});
		// The teacher's secret lives in an httpOnly cookie; the host page itself carries no secret.
		cookies.set(hostCookieName(session.id), hostSecret, cookieOptions(url, 90));
		redirect(303, `/host/${session.id}`);
	}
};
