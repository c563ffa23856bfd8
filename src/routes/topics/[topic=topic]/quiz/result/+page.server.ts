import { error, fail, redirect } from '@sveltejs/kit';
import { readFields } from '$lib/server/form-fields';
import { decodeAttempt, encodeAttempt, newAttempt } from '$lib/server/quiz/attempt';
import { badLink, attemptQuestion } from '$lib/server/quiz/attempt-question';
import { grade } from '$lib/server/quiz/grade';
import { publicQuestion } from '$lib/server/quiz/public';
import { topicOr404 } from '$lib/server/topic';
import { topicHref } from '$lib/links';
import { m } from '$lib/paraglide/messages.js';

/** Links and a form do everything here, so the page ships no framework JavaScript. */
export const csr = false;

export function load({ url, params }) {
	const { catalog, id: topic } = topicOr404(params.topic);
	const token = url.searchParams.get('t');
	const attempt = decodeAttempt(token);
	if (!attempt) error(400, badLink());
	// Unfinished: back to the current question, so no unanswered item is ever reviewed here.
	if (attempt.a.length < attempt.q.length) redirect(303, topicHref(topic, `/quiz/play?t=${token}`));
	const review = attempt.a.map(([choice], i) => {
		const q = attemptQuestion(catalog, attempt.q[i]!);
		return {
			question: publicQuestion(q, attempt.s),
			verdict: grade(catalog, q, choice, attempt.s)
		};
	});
	return {
		title: attempt.t,
		total: attempt.q.length,
		score: attempt.a.filter(([, ok]) => ok === 1).length,
		missed: review.filter((r) => !r.verdict.correct),
		token: token!
	};
}

export const actions = {
	retry: async ({ request, params }) => {
		const topic = topicOr404(params.topic).id;
		const attempt = decodeAttempt((await readFields(request))?.t);
		if (!attempt) return fail(400, { message: badLink() });
		const missed = attempt.q.filter((_, i) => attempt.a[i]?.[1] === 0);
		if (missed.length === 0) return fail(400, { message: m.quiz_nothing_missed() });
		redirect(
			303,
			topicHref(
				topic,
				`/quiz/play?t=${encodeAttempt(newAttempt(missed, m.quiz_title_retry({ title: attempt.t })))}`
			)
		);
	}
};
