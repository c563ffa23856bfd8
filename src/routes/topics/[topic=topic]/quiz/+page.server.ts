import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { readFields } from '$lib/server/form-fields';
import { encodeAttempt, newAttempt } from '$lib/server/quiz/attempt';
import { publicIdOf } from '$lib/server/quiz/public';
import { selectQuestions, topicsOf } from '$lib/server/quiz/select';
import { tagOf, topicOr404 } from '$lib/server/topic';
import { topicHref } from '$lib/links';
import { m } from '$lib/paraglide/messages.js';

/** No framework JavaScript: the quizzes start from plain forms. */
export const csr = false;

export function load({ params }) {
	const topic = topicOr404(params.topic);
	const { catalog } = topic;
	return {
		banks: catalog.banks.map((b) => ({
			id: b.id,
			title: b.title,
			description: b.description ?? null,
			count: b.questionIds.length
		})),
		tags: topicsOf(catalog).map((t) => ({ ...t, label: tagOf(topic, t.id) }))
	};
}

const id = z.string().regex(/^[a-z0-9-]{1,120}$/);
const StartSchema = z.object({
	bank: z.union([z.literal(''), id]).optional(),
	topic: z.union([z.literal(''), id]).optional(),
	difficulty: z.enum(['', 'easy', 'medium', 'hard']).optional(),
	length: z.coerce.number().int().min(1).max(50).default(10),
	/** The explainer just finished: its checkpoints are left out unless `checkpoints` is on. */
	after: id.optional(),
	checkpoints: z.literal('on').optional(),
	ids: z
		.string()
		.max(4000)
		.optional()
		.transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
		.pipe(
			z
				.array(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/))
				.max(50)
				.optional()
		)
});

export const actions = {
	start: async ({ request, params }) => {
		const topic = topicOr404(params.topic);
		const { catalog } = topic;
		const form = await readFields(request);
		if (!form) return fail(400, { message: m.form_unreadable() });
		const parsed = StartSchema.safeParse(form);
		if (!parsed.success) {
			return fail(400, {
				message: m.quiz_start_invalid()
			});
		}
		const f = parsed.data;
		if (f.bank && !catalog.bankById.has(f.bank))
			return fail(400, { message: m.quiz_no_bank({ bank: f.bank }) });
		if (f.after && !catalog.explainerById.has(f.after))
			return fail(400, { message: m.quiz_no_explainer({ explainer: f.after }) });
		const title = f.ids
			? m.quiz_title_review()
			: f.bank
				? catalog.bankById.get(f.bank)!.title
				: f.topic
					? m.quiz_title_tag({ tag: tagOf(topic, f.topic) })
					: m.quiz_title_mixed();
		const attempt = newAttempt([], title);
		const questions = selectQuestions(
			catalog,
			{
				bank: f.bank || undefined,
				topic: f.topic || undefined,
				difficulty: f.difficulty || undefined,
				length: f.length,
				ids: f.ids,
				after: f.after,
				reviewCheckpoints: f.checkpoints === 'on'
			},
			attempt.s
		);
		if (questions.length === 0) {
			return fail(400, {
				message: m.quiz_none_match()
			});
		}
		attempt.q = questions.map((q) => publicIdOf(q.id));
		// Fewer than asked for: the quiz page says so rather than quietly shortening the quiz.
		if (questions.length < f.length) attempt.m = f.length;
		redirect(303, topicHref(topic.id, `/quiz/play?t=${encodeAttempt(attempt)}`));
	}
};
