import { fail, redirect } from '@sveltejs/kit';
import { failureOf, studioContext, type FormProblem } from '$lib/server/studio/context';
import { contentDir } from '$lib/server/studio/content-root';
import { readTopic } from '$lib/server/studio/facts/plan';
import { fieldProblems, problemWith, type FieldProblem } from '$lib/server/studio/field-problems';
import { duplicateOf, type Duplicate } from '$lib/server/studio/import/duplicate';
import { META_WORDING } from '$lib/server/studio/import/meta-wording';
import { m } from '$lib/paraglide/messages.js';
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
	/** Every problem of the source details, each beside its field. */
	errors?: FieldProblem[];
	/** The topic's source this one repeats (warned before storing; the author may go on). */
	duplicate?: Duplicate;
}

const refuse = (status: number, state: ImportState & Partial<FormProblem>) => fail(status, state);
const show = (state: ImportState) => state;

export const load: PageServerLoad = ({ params }) => ({ topic: requireTopic(params.topic) });

export const actions: Actions = {
	/** Step 1: a file or pasted text → the review step. */
	read: async ({ request, params }) => {
		const topic = requireTopic(params.topic);
		const outcome = await readSource(request);
		if (!outcome.ok)
			return fail(outcome.status, { step: 'start' as const, message: outcome.message });
		const { lines, meta, from } = outcome.imported;
		const removed = suggestedRemovals(lines);
		const values = suggestedMeta(meta);
		// said at once, before the author spends time on the details (and again when she saves)
		const duplicate = duplicateOf(readTopic(contentDir(), topic)?.catalog.sources ?? [], {
			body: keptBody(lines, new Set(removed)),
			title: values.title ?? '',
			outlet: values.outlet ?? ''
		});
		return show({ step: 'review', from, lines, removed, values, ...(duplicate && { duplicate }) });
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
		const again = (status: number, extra: Partial<ImportState & FormProblem>) =>
			refuse(status, { step: 'review', lines, removed, values, ...extra });
		const parsed = SourceFormSchema.safeParse(post.values);
		if (!parsed.success) {
			return again(400, { errors: fieldProblems(parsed.error, values, META_WORDING) });
		}
		if (post.removed.length === post.lines.length) {
			return again(400, { message: m.import_every_line_removed() });
		}
		const form = parsed.data;
		if (sourceIds(topic).includes(form.id)) {
			return again(409, { errors: [problemWith('id', m.import_id_taken(), META_WORDING)] });
		}
		const body = keptBody(post.lines, new Set(post.removed));
		const sources = readTopic(contentDir(), topic)?.catalog.sources ?? [];
		const duplicate = duplicateOf(sources, { body, title: form.title, outlet: form.outlet });
		if (duplicate && post.anyway !== 'yes') {
			const message = (duplicate.same === 'text' ? m.import_same_text : m.import_same_title)({
				name: duplicate.name
			});
			return again(409, { message, duplicate });
		}
		const text = sourceFile(form, body);
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
			const { status, ...problem } = failure;
			return again(status, problem);
		}
		redirect(303, `/author/topics/${topic}?saved=${form.id}`);
	}
};
