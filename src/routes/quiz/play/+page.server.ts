import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { catalog } from '$lib/server/content';
import { readFields } from '$lib/server/form-fields';
import { decodeAttempt, encodeAttempt, newAttempt, type Attempt } from '$lib/server/quiz/attempt';
import { grade } from '$lib/server/quiz/grade';
import { publicQuestion, questionByPublicId } from '$lib/server/quiz/public';

const BAD_LINK =
	'This quiz link is not valid (it may be incomplete, or from before the server restarted). Start a new quiz.';

function question(publicId: string) {
	const q = questionByPublicId(catalog, publicId);
	if (!q) error(410, 'A question in this quiz no longer exists. Start a new quiz.');
	return q;
}

/** Review of every answered question: only answered ones, so no unanswered key leaks. */
function reviewOf(attempt: Attempt) {
	return attempt.a.map(([choice], i) => {
		const q = question(attempt.q[i]!);
		return { stem: q.stem, verdict: grade(catalog, q, choice, attempt.s) };
	});
}

export function load({ url }) {
	const attempt = decodeAttempt(url.searchParams.get('t'));
	if (!attempt) error(400, BAD_LINK);
	const total = attempt.q.length;
	const score = attempt.a.filter(([, ok]) => ok === 1).length;
	if (attempt.a.length >= total) {
		const review = reviewOf(attempt);
		return {
			done: true as const,
			title: attempt.t,
			total,
			score,
			missed: review.filter((r) => !r.verdict.correct),
			token: url.searchParams.get('t')!
		};
	}
	const position = attempt.a.length;
	return {
		done: false as const,
		title: attempt.t,
		total,
		score,
		position,
		question: publicQuestion(question(attempt.q[position]!), attempt.s),
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
	},

	retry: async ({ request }) => {
		const attempt = decodeAttempt((await readFields(request))?.t);
		if (!attempt) return fail(400, { message: BAD_LINK });
		const missed = attempt.q.filter((_, i) => attempt.a[i] && attempt.a[i]![1] === 0);
		if (missed.length === 0) return fail(400, { message: 'Nothing was missed: well done.' });
		const retry = newAttempt(missed, `${attempt.t} (retry)`);
		redirect(303, `/quiz/play?t=${encodeAttempt(retry)}`);
	}
};
