import { error, fail } from '@sveltejs/kit';
import { ConflictKindSchema, IdSchema } from '$lib/content/schema';
import { fields } from '$lib/server/form-fields';
import { contentDir } from '$lib/server/studio/content-root';
import { studioContext } from '$lib/server/studio/context';
import { addSpellings } from '$lib/server/studio/facts/add-spellings';
import { makeEntity } from '$lib/server/studio/facts/make-entity';
import { makeFact } from '$lib/server/studio/facts/make';
import { readTopic } from '$lib/server/studio/facts/plan';
import { sourceView } from '$lib/server/studio/facts/source-view';
import { rejectedDir, rejectedFor, rejectSuggestion } from '$lib/server/studio/suggest/rejected';
import { splitSentences } from '$lib/server/studio/suggest/sentences';
import { requireTopic } from '$lib/server/studio/topic-param';
import type { Actions, PageServerLoad } from './$types';

const context = studioContext;

/** The topic (400 on a malformed id, 404 when missing) and source id (400 when malformed). */
function ids(params: { topic: string; id: string }) {
	const topic = requireTopic(params.topic);
	if (!IdSchema.safeParse(params.id).success) {
		error(400, 'A source id is lower-case letters, digits and single hyphens.');
	}
	return { topic, id: params.id };
}

export const load: PageServerLoad = async ({ params, url }) => {
	const { topic, id } = ids(params);
	const onDisk = readTopic(contentDir(), topic);
	if (!onDisk) error(404, `There is no topic “${topic}”.`);
	const rejected = await rejectedFor(rejectedDir(), topic, id);
	const view = sourceView(onDisk.catalog, onDisk.files, id, rejected);
	if (!view) error(404, `There is no source “${id}” in topic “${topic}”.`);
	const at = Number(url.searchParams.get('suggestion') ?? NaN);
	const accepted = view.suggestions.find((s) => s.start === at) ?? null;
	return { topic, view, accepted, kinds: ConflictKindSchema.options };
};

export const actions: Actions = {
	make: async ({ params, request }) => {
		const { topic, id } = ids(params);
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { message: 'The form was cut off: send it again.' });
		const outcome = await makeFact(context(), topic, id, form);
		if (!outcome.ok) {
			const { message, diff, samePassage } = outcome;
			return fail(outcome.status, { message, diff, samePassage });
		}
		if (outcome.result.status === 'draft') {
			return fail(422, {
				message: `Not saved: this fact would break validation, so it was kept as a draft (${outcome.result.draft.id}). Fix the errors below and save again.`,
				problems: outcome.result.errors
			});
		}
		return {
			made: outcome.id,
			added: outcome.added,
			statement: outcome.statement,
			quote: outcome.quote
		};
	},
	reject: async ({ params, request }) => {
		const { topic, id } = ids(params);
		const form = fields(await request.formData().catch(() => new FormData()));
		const onDisk = readTopic(contentDir(), topic);
		const source = onDisk?.catalog.sourceById.get(id);
		if (!source) return fail(404, { message: `There is no source “${id}”.` });
		const start = Number(form.start);
		const sentence = splitSentences(source.text).find((s) => s.start === start);
		if (!sentence) return fail(400, { message: 'That suggestion is no longer in the source.' });
		await rejectSuggestion(rejectedDir(), topic, id, sentence.text);
		return { rejected: sentence.text };
	},
	entity: async ({ params, request }) => {
		const { topic, id } = ids(params);
		const form = fields(await request.formData().catch(() => new FormData()));
		const outcome = await makeEntity(context(), topic, id, form);
		if (!outcome.ok) {
			return fail(outcome.status, { entityMessage: outcome.message, values: form });
		}
		if (outcome.result.status === 'draft') {
			return fail(422, {
				entityMessage: `Not saved: kept as draft ${outcome.result.draft.id} (${outcome.result.errors[0]?.message ?? ''}).`,
				values: form
			});
		}
		return { entity: outcome.id };
	},
	spellings: async ({ params, request }) => {
		const { topic, id } = ids(params);
		const form = fields(await request.formData().catch(() => new FormData()));
		const outcome = await addSpellings(context(), topic, id, form);
		if (!outcome.ok) {
			return fail(outcome.status, { spellingsMessage: outcome.message, values: form });
		}
		if (outcome.result.status === 'draft') {
			return fail(422, {
				spellingsMessage: `Not saved: kept as draft ${outcome.result.draft.id} (${outcome.result.errors[0]?.message ?? ''}).`,
				values: form
			});
		}
		return { spellings: outcome.id };
	}
};
