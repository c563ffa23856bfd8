import { fail, redirect } from '@sveltejs/kit';
import { failureOf, studioContext, type FormProblem } from '$lib/server/studio/context';
import {
	readReview,
	readSource,
	suggestedMeta,
	suggestedRemovals
} from '$lib/server/studio/import/import-form';
import { keptBody, sourceFile, SourceFormSchema } from '$lib/server/studio/import/source-file';
import { saveOrDraft } from '$lib/server/studio/save';
import { requireTopic, sourceIds } from '$lib/server/studio/topic-param';
import { ABSENT, ConflictError } from '$lib/server/studio/versioned-file';
import type { MetaValues } from '$lib/server/studio/import/import-form';
import type { Actions, PageServerLoad } from './$types';

/** What the page shows: the first step, or the review step with the text and the metadata. */
interface ImportState extends Partial<FormProblem> {
	step: 'start' | 'review';
	from?: string;
	lines?: string[];
	removed?: number[];
	values?: MetaValues;
}

const refuse = (status: number, state: ImportState & FormProblem) => fail(status, state);
const show = (state: ImportState) => state;

export const load: PageServerLoad = ({ params }) => ({ topic: requireTopic(params.topic) });

export const actions: Actions = {
	/** Step 1: a file or pasted text → the review step. */
	read: async ({ request, params }) => {
		requireTopic(params.topic);
		const outcome = await readSource(request);
		if (!outcome.ok)
			return fail(outcome.status, { step: 'start' as const, message: outcome.message });
		const { lines, meta, from } = outcome.imported;
		return show({
			step: 'review',
			from,
			lines,
			removed: suggestedRemovals(lines),
			values: suggestedMeta(meta)
		});
	},
	/** Review step, shown again with the removals listed (no JavaScript needed). */
	review: async ({ request, params }) => {
		requireTopic(params.topic);
		const post = await readReview(request);
		if (!post.ok) return refuse(400, { step: 'start', message: post.message });
		const { lines, removed, values } = post;
		return show({ step: 'review', lines, removed, values });
	},
	/** Review step → sources/<id>.md, through the validator. */
	save: async ({ request, params }) => {
		const topic = requireTopic(params.topic);
		const post = await readReview(request);
		if (!post.ok) return refuse(400, { step: 'start', message: post.message });
		const { lines, removed, values } = post;
		const again = (status: number, message: string, extra: Partial<FormProblem> = {}) =>
			refuse(status, { step: 'review', lines, removed, values, message, ...extra });
		const parsed = SourceFormSchema.safeParse(post.values);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			return again(400, issue.message, { field: String(issue.path[0] ?? '') });
		}
		if (post.removed.length === post.lines.length) {
			return again(400, 'Every line is marked for removal; keep the article’s text.');
		}
		const form = parsed.data;
		if (sourceIds(topic).includes(form.id)) {
			return again(
				409,
				`A source “${form.id}” already exists in this topic, and a saved source is never changed. Choose another id.`,
				{ field: 'id' }
			);
		}
		const text = sourceFile(form, keptBody(post.lines, new Set(post.removed)));
		const result = await saveOrDraft(
			{
				topic,
				label: `Import source ${form.id}`,
				changes: [{ path: `${topic}/sources/${form.id}.md`, text, expected: ABSENT }]
			},
			studioContext()
		).catch((error: unknown) => {
			if (error instanceof ConflictError) return error;
			throw error;
		});
		const failure = failureOf(result);
		if (failure) {
			const { status, message, ...problem } = failure;
			return again(status, message, problem);
		}
		redirect(303, `/author/topics/${topic}?saved=${form.id}`);
	}
};
