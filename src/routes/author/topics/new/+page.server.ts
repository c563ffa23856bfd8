import { fail, redirect } from '@sveltejs/kit';
import { readFields } from '$lib/server/form-fields';
import { failureOf, studioContext, type FormProblem } from '$lib/server/studio/context';
import { fieldProblems, problemWith, type FieldProblem } from '$lib/server/studio/field-problems';
import { saveOrDraft } from '$lib/server/studio/save';
import {
	nameTaken,
	TOPIC_FIELDS,
	TOPIC_WORDING,
	TopicFormSchema,
	topicIdFrom,
	topicYaml
} from '$lib/server/studio/topics';
import { ABSENT, ConflictError } from '$lib/server/studio/versioned-file';
import { m } from '$lib/paraglide/messages.js';
import type { Actions } from './$types';

type Refusal = Partial<FormProblem> & { values: Record<string, string>; errors?: FieldProblem[] };
const refuse = (status: number, data: Refusal) => fail(status, data);

export const actions: Actions = {
	default: async ({ request }) => {
		const raw = await readFields(request);
		if (!raw) return refuse(400, { values: {}, message: m.studio_form_unreadable() });
		const values = Object.fromEntries(TOPIC_FIELDS.map((f) => [f, (raw[f] ?? '').slice(0, 1000)]));
		// An id left empty is made from the title (the page's script fills it in as the title is
		// typed; without the script the author sees it here before anything is created).
		const made = values.id!.trim() === '' ? topicIdFrom(values.title ?? '') : '';
		if (made) values.id = made;
		const parsed = TopicFormSchema.safeParse(values);
		if (!parsed.success) {
			const errors = fieldProblems(parsed.error, values, TOPIC_WORDING);
			return refuse(400, { values, errors });
		}
		const context = studioContext();
		const topic = parsed.data;
		if (nameTaken(context.root, topic.id)) {
			const message = m.studio_topic_taken({ id: topic.id });
			return refuse(409, { values, errors: [problemWith('id', message, TOPIC_WORDING)] });
		}
		if (made) return { values, made };
		const result = await saveOrDraft(
			{
				topic: topic.id,
				label: `Create topic ${topic.id}`,
				changes: [{ path: `${topic.id}/topic.yaml`, text: topicYaml(topic), expected: ABSENT }]
			},
			context
		).catch((error: unknown) => {
			if (error instanceof ConflictError) return error;
			throw error;
		});
		const failure = failureOf(result);
		if (failure) {
			const { status, ...problem } = failure;
			return refuse(status, { values, ...problem });
		}
		redirect(303, `/author/topics/${topic.id}`);
	}
};
