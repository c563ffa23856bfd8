/**
 * The draft's step in the real student page (the same component and the same data as
 * /topics/<topic>/explainers/…), built from the working copy, before anything is saved.
 */
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { readFields } from '$lib/server/form-fields';
import { contentDir } from '$lib/server/studio/content-root';
import { requireExplainerFile } from '$lib/server/studio/explainers/editor-form';
import { previewOf } from '$lib/server/studio/explainers/preview';
import { requireTopic } from '$lib/server/studio/topic-param';
import { explainerStepData, gradeCheckpoint } from '$lib/server/views/explainer-step';

/** Like the student page: no framework JavaScript. */
export const csr = false;

async function draftOf(params: { topic: string; file: string }) {
	const topic = requireTopic(params.topic);
	const file = requireExplainerFile(params.file);
	return { topic, file, ...(await previewOf(contentDir(), topic, file)) };
}

export async function load({ params }) {
	const { topic, file, catalog, title, id, errors } = await draftOf(params);
	return {
		...explainerStepData(catalog, id, params.step),
		topic: { id: topic, title },
		base: `/author/topics/${topic}/explainers/${file}/preview`,
		editor: `/author/topics/${topic}/explainers/${file}?restore`,
		errors
	};
}

const CheckSchema = z.object({
	question: z.string().min(1).max(120),
	choice: z.coerce.number().int()
});

export const actions = {
	check: async ({ params, request }) => {
		const { topic, catalog, id } = await draftOf(params);
		const parsed = CheckSchema.safeParse((await readFields(request)) ?? {});
		if (!parsed.success) return fail(400, { message: m.quiz_choose_first() });
		const { question, choice } = parsed.data;
		const graded = gradeCheckpoint(catalog, id, params.step, question, choice);
		if ('message' in graded) return fail(400, { message: graded.message });
		return { verdict: graded.verdict, progress: { topic, ...graded.progress } };
	}
};
