import { error, redirect } from '@sveltejs/kit';
import { catalog } from '$lib/server/content';
import { PRINT_TOPIC } from '$lib/server/print/route';
import { buildSheet } from '$lib/server/print/sheet';
import { decodeAttempt } from '$lib/server/quiz/attempt';
import { BAD_LINK, attemptQuestion } from '$lib/server/quiz/attempt-question';
import { optionOrder } from '$lib/server/quiz/public';

/**
 * A finished attempt's questions with their keys, in the letters the student saw. Only for a
 * finished attempt: its result page already shows every key to the student who answered.
 */
export const csr = false;

export function load({ url }) {
	const token = url.searchParams.get('t');
	const attempt = decodeAttempt(token);
	if (!attempt) error(400, BAD_LINK);
	if (attempt.a.length < attempt.q.length) redirect(303, `/quiz/play?t=${token}`);
	const questions = attempt.q.map(attemptQuestion);
	const sheet = buildSheet(
		catalog,
		PRINT_TOPIC,
		{
			kind: 'attempt',
			title: attempt.t,
			questions: questions.map((q) => q.id),
			orders: questions.map((q) => optionOrder(q, attempt.s))
		},
		true
	);
	return { sheet, token: token!, pdfHref: `/quiz/result/pdf?t=${token}` };
}
