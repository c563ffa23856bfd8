import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { catalog } from '$lib/server/content';
import { readFields } from '$lib/server/form-fields';
import { decodeAttempt, encodeAttempt, type Attempt } from '$lib/server/quiz/attempt';
import { grade } from '$lib/server/quiz/grade';
import { BAD_LINK, attemptQuestion } from '$lib/server/quiz/attempt-question';
import { publicQuestion, questionByPublicId } from '$lib/server/quiz/public';

export function load({ url }) {
	const attempt = decodeAttempt(url.searchParams.get('t'));
	if (!attempt) error(400, BAD_LINK);
	const total = attempt.q.length;
	const score = attempt.a.filter(([, ok]) => ok === 1).length;
	if (attempt.a.length >= total) redirect(303, `/quiz/result?t=${url.searchParams.get('t')}`);
	const position = attempt.a.length;
	return {
		title: attempt.t,
		total,
		score,
		position,
		question: publicQuestion(attemptQuestion(attempt.q[position]!), attempt.s),
		token: url.searchParams.get('t')!
	};
}

const AnswerSchema = z.object({
	t: z.string().min(1).max(8000),
	question: z.string().min(1).max(120),
	choice: z.coerce.number().int()
});

export const actions = {
	answer: async ({ request }) => {
		const form = await readFields(request);
		if (!form)
			return fail(400, {
				message: 'That answer could not be read. Reload the page and try again.'
			});
		const parsed = AnswerSchema.safeParse(form);
		if (!parsed.success) {
			const missing = ['t', 'question', 'choice'].filter((k) => !(k in form) || form[k] === '');
			const message = missing.includes('choice')
				? 'Choose an answer first.'
				: 'That answer could not be read. Reload the page and try again.';
			return fail(400, { message });
		}
		const { t, question: id, choice } = parsed.data;
		const attempt = decodeAttempt(t);
		if (!attempt) return fail(400, { message: BAD_LINK });
		const position = attempt.a.length;
		if (attempt.q[position] !== id) {
			return fail(409, {
				message:
					'That is not the current question of this quiz (was the form sent twice?). Reload to continue.'
			});
		}
		const q = questionByPublicId(catalog, id);
		if (!q) return fail(400, { message: 'Unknown question.' });
		if (choice < 0 || choice >= q.options.length) {
			return fail(400, { message: `Option ${choice} does not exist for this question.` });
		}
		const verdict = grade(catalog, q, choice, attempt.s);
		const next: Attempt = { ...attempt, a: [...attempt.a, [choice, verdict.correct ? 1 : 0]] };
		return {
			verdict,
			next: encodeAttempt(next),
			progress: { bank: q.bank, topics: q.topics }
		};
	}
};
