import { fail, redirect } from '@sveltejs/kit';
import { readFields } from '$lib/server/form-fields';
import { failureOf, studioContext, type FormProblem } from '$lib/server/studio/context';
import { saveOrDraft } from '$lib/server/studio/save';
import { nameTaken, TopicFormSchema, topicYaml } from '$lib/server/studio/topics';
import { ABSENT, ConflictError } from '$lib/server/studio/versioned-file';
import type { Actions } from './$types';

const FIELDS = ['id', 'title', 'summary', 'language', 'audience'] as const;

type Refusal = FormProblem & { values: Record<string, string> };
const refuse = (status: number, data: Refusal) => fail(status, data);

export const actions: Actions = {
	default: async ({ request }) => {
		const raw = await readFields(request);
		if (!raw)
			return refuse(400, { values: {}, message: 'The form could not be read; send it again.' });
		const values = Object.fromEntries(FIELDS.map((f) => [f, (raw[f] ?? '').slice(0, 1000)]));
		const parsed = TopicFormSchema.safeParse(values);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			return refuse(400, { values, field: String(issue.path[0] ?? ''), message: issue.message });
		}
		const context = studioContext();
		const topic = parsed.data;
		if (nameTaken(context.root, topic.id)) {
			return refuse(409, {
				values,
				field: 'id',
				message: `A topic named “${topic.id}” already exists. Choose another id, or open it from the studio's list.`
			});
		}
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
