import { error, fail } from '@sveltejs/kit';
import { ConflictKindSchema, IdSchema } from '$lib/content/schema';
import { fields } from '$lib/server/form-fields';
import { contentDir } from '$lib/server/studio/content-root';
import { studioContext } from '$lib/server/studio/context';
import { addSpellings } from '$lib/server/studio/facts/add-spellings';
import { citedByText, planDelete } from '$lib/server/studio/facts/delete';
import { editedFact, postedValues, saveFactChange } from '$lib/server/studio/facts/edit-page';
import { planEdit } from '$lib/server/studio/facts/edit';
import { FactFormSchema, describeIssues, formObject } from '$lib/server/studio/facts/fact-form';
import { citationsOf } from '$lib/server/studio/facts/citations';
import { keyFactChoices, setKeyFacts } from '$lib/server/studio/facts/key-facts';
import { makeEntity } from '$lib/server/studio/facts/make-entity';
import { makeFact } from '$lib/server/studio/facts/make';
import { readTopic } from '$lib/server/studio/facts/plan';
import { sourceView } from '$lib/server/studio/facts/source-view';
import {
	rejectedDir,
	rejectedFor,
	rejectSuggestion,
	restoreSuggestion
} from '$lib/server/studio/suggest/rejected';
import { splitSentences } from '$lib/server/studio/suggest/sentences';
import { requireTopic } from '$lib/server/studio/topic-param';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad } from './$types';

const context = studioContext;

/** The topic (400 on a malformed id, 404 when missing) and source id (400 when malformed). */
function ids(params: { topic: string; id: string }) {
	const topic = requireTopic(params.topic);
	if (!IdSchema.safeParse(params.id).success) error(400, m.fact_source_id_bad());
	return { topic, id: params.id };
}

export const load: PageServerLoad = async ({ params, url }) => {
	const { topic, id } = ids(params);
	const onDisk = readTopic(contentDir(), topic);
	if (!onDisk) error(404, m.studio_topic_missing({ topic }));
	const rejected = await rejectedFor(rejectedDir(), topic, id);
	const view = sourceView(onDisk.catalog, onDisk.files, id, rejected);
	if (!view) error(404, m.fact_source_missing({ id }));
	const at = Number(url.searchParams.get('suggestion') ?? NaN);
	const accepted = view.suggestions.find((s) => s.start === at) ?? null;
	// a fact of this source opened for editing, or for deleting (the confirmation step)
	const editing = editedFact(onDisk, view, url.searchParams.get('edit'));
	const doomed = view.made.find((f) => f.id === url.searchParams.get('delete')) ?? null;
	const citations = doomed ? citationsOf(onDisk.catalog, doomed.id) : [];
	const deleting = doomed && { ...doomed, citedBy: citations.length ? citedByText(citations) : '' };
	const texts = new Set(splitSentences(onDisk.catalog.sourceById.get(id)!.text).map((s) => s.text));
	return {
		topic,
		view,
		accepted,
		editing,
		deleting,
		rejected: [...rejected].filter((s) => texts.has(s)),
		keyFacts: keyFactChoices(onDisk.catalog),
		kinds: ConflictKindSchema.options
	};
};

export const actions: Actions = {
	make: async ({ params, request }) => {
		const { topic, id } = ids(params);
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { message: m.fact_form_cut_off() });
		const outcome = await makeFact(context(), topic, id, form);
		if (!outcome.ok) {
			const { message, diff, samePassage } = outcome;
			return fail(outcome.status, { message, diff, samePassage });
		}
		if (outcome.result.status === 'draft') {
			return fail(422, {
				message: m.fact_kept_as_draft({ draft: outcome.result.draft.id }),
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
	edit: async ({ params, request }) => {
		const { topic } = ids(params);
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { editMessage: m.fact_form_cut_off() });
		const raw = formObject(form);
		const factId = String(raw.fact ?? '');
		const refused = (status: number, editMessage: string) =>
			fail(status, { editMessage, factId, editValues: postedValues(raw) });
		const parsed = FactFormSchema.safeParse(raw);
		if (!parsed.success) return refused(400, describeIssues(parsed.error));
		const onDisk = readTopic(contentDir(), topic);
		if (!onDisk) error(404, m.studio_topic_missing({ topic }));
		const plan = await planEdit(
			contentDir(),
			{ ...onDisk, id: topic },
			factId,
			parsed.data,
			String(raw.version ?? '')
		);
		if (!plan.ok) return refused(plan.status, plan.message);
		const saved = await saveFactChange(context(), topic, `Edit fact ${factId}`, plan.changes);
		if (!saved.ok) return refused(saved.status, saved.message);
		return { edited: factId, statement: parsed.data.statement ?? '' };
	},
	delete: async ({ params, request }) => {
		const { topic } = ids(params);
		const factId = fields(await request.formData().catch(() => new FormData())).fact ?? '';
		const onDisk = readTopic(contentDir(), topic);
		if (!onDisk) error(404, m.studio_topic_missing({ topic }));
		const statement = onDisk.catalog.factById.get(factId)?.statement ?? '';
		const plan = await planDelete(contentDir(), { ...onDisk, id: topic }, factId);
		if (!plan.ok) return fail(plan.status, { deleteMessage: plan.message, factId });
		const saved = await saveFactChange(context(), topic, `Delete fact ${factId}`, [plan.change]);
		if (!saved.ok) return fail(saved.status, { deleteMessage: saved.message, factId });
		return { deleted: factId, statement };
	},
	reject: async ({ params, request }) => {
		const { topic, id } = ids(params);
		const form = fields(await request.formData().catch(() => new FormData()));
		const onDisk = readTopic(contentDir(), topic);
		const source = onDisk?.catalog.sourceById.get(id);
		if (!source) return fail(404, { message: m.fact_source_missing({ id }) });
		const start = Number(form.start);
		const sentence = splitSentences(source.text).find((s) => s.start === start);
		if (!sentence) return fail(400, { message: m.suggestion_gone() });
		await rejectSuggestion(rejectedDir(), topic, id, sentence.text);
		return { rejected: sentence.text };
	},
	restore: async ({ params, request }) => {
		const { topic, id } = ids(params);
		const sentence = fields(await request.formData().catch(() => new FormData())).sentence ?? '';
		const rejected = await rejectedFor(rejectedDir(), topic, id);
		if (!rejected.has(sentence)) return fail(400, { message: m.suggestion_not_rejected() });
		await restoreSuggestion(rejectedDir(), topic, id, sentence);
		return { restored: sentence };
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
				entityMessage: m.entity_kept_as_draft({
					draft: outcome.result.draft.id,
					error: outcome.result.errors[0]?.message ?? ''
				}),
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
				spellingsMessage: m.entity_kept_as_draft({
					draft: outcome.result.draft.id,
					error: outcome.result.errors[0]?.message ?? ''
				}),
				values: form
			});
		}
		return { spellings: outcome.id };
	},
	keyFacts: async ({ params, request }) => {
		const { topic } = ids(params);
		const form = await request.formData().catch(() => new FormData());
		const entity = String(form.get('entity') ?? '');
		const was = form.get('was');
		const outcome = await setKeyFacts(context(), topic, {
			entity,
			key_fact: form.getAll('key_fact').map(String),
			was: typeof was === 'string' ? was : undefined
		});
		if (!outcome.ok) {
			return fail(outcome.status, { keyFactsMessage: outcome.message, keyFactsEntity: entity });
		}
		if (outcome.result.status === 'draft') {
			return fail(422, {
				keyFactsMessage: m.entity_kept_as_draft({
					draft: outcome.result.draft.id,
					error: outcome.result.errors[0]?.message ?? ''
				}),
				keyFactsEntity: entity
			});
		}
		return { keyFacts: outcome.id };
	}
};
