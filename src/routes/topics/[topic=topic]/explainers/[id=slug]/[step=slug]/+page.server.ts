import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { z } from 'zod';
import { readFields } from '$lib/server/form-fields';
import { explainerStepData, findStep, gradeCheckpoint } from '$lib/server/views/explainer-step';
import { topicOr404 } from '$lib/server/topic';

/** Content pages: no framework JavaScript (see +page.svelte); links and forms do the work. */
export const csr = false;

export function load({ params }) {
	return explainerStepData(topicOr404(params.topic).catalog, params.id, params.step);
}

const CheckSchema = z.object({
	question: z.string().min(1).max(120),
	choice: z.coerce.number().int()
});

export const actions = {
	check: async ({ params, request }) => {
		const { catalog } = topicOr404(params.topic);
		findStep(catalog, params.id, params.step); // an unknown step is a 404 before any 400
		const parsed = CheckSchema.safeParse((await readFields(request)) ?? {});
		if (!parsed.success) return fail(400, { message: m.quiz_choose_first() });
		const graded = gradeCheckpoint(
			catalog,
			params.id,
			params.step,
			parsed.data.question,
			parsed.data.choice
		);
		if ('message' in graded) return fail(400, { message: graded.message });
		return { verdict: graded.verdict, progress: { topic: params.topic, ...graded.progress } };
	}
};
