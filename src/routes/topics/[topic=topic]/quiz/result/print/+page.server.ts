import { error, redirect } from '@sveltejs/kit';
import { exportTopic } from '$lib/server/print/route';
import { topicOr404 } from '$lib/server/topic';
import { topicHref } from '$lib/links';
import { buildSheet } from '$lib/server/print/sheet';
import { decodeAttempt } from '$lib/server/quiz/attempt';
import { badLink, attemptQuestion } from '$lib/server/quiz/attempt-question';
import { optionOrder } from '$lib/server/quiz/public';

/**
 * A finished attempt's questions with their keys, in the letters the student saw. Only for a
 * finished attempt: its result page already shows every key to the student who answered.
 */
export const csr = false;

export function load({ url, params }) {
	const entry = topicOr404(params.topic);
	const { catalog } = entry;
	const token = url.searchParams.get('t');
	const attempt = decodeAttempt(token);
	if (!attempt) error(400, badLink());
	if (attempt.a.length < attempt.q.length)
		redirect(303, topicHref(entry.id, `/quiz/play?t=${token}`));
	const questions = attempt.q.map((id) => attemptQuestion(catalog, id));
	const sheet = buildSheet(
		catalog,
		exportTopic(entry),
		{
			kind: 'attempt',
			title: attempt.t,
			questions: questions.map((q) => q.id),
			orders: questions.map((q) => optionOrder(q, attempt.s))
		},
		true
	);
	return { sheet, token: token!, pdfHref: topicHref(entry.id, `/quiz/result/pdf?t=${token}`) };
}
