import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { contentDir } from '$lib/server/studio/content-root';
import { studioContext } from '$lib/server/studio/context';
import { describeIssues } from '$lib/server/studio/facts/fact-form';
import { bankIds, readBank } from '$lib/server/studio/questions/bank';
import { keepNewBank, NewBankSchema } from '$lib/server/studio/questions/new-bank';
import { requireTopic } from '$lib/server/studio/topic-param';
import type { Actions, PageServerLoad } from './$types';

/** Every bank of the topic with its questions (id and stem), as on disk now. */
export const load: PageServerLoad = async ({ params, url }) => {
	const topic = requireTopic(params.topic);
	const root = contentDir();
	const banks = [];
	for (const id of bankIds(root, topic)) {
		const bank = await readBank(root, topic, id);
		if (!bank) continue;
		banks.push({
			id,
			title: bank.title,
			generated: id === 'generated',
			questions: bank.items.map((q) => {
				const item = (q ?? {}) as { id?: unknown; stem?: unknown };
				return { id: String(item.id ?? ''), stem: String(item.stem ?? '') };
			})
		});
	}
	return { topic, banks, deleted: url.searchParams.get('deleted') };
};

export const actions: Actions = {
	/** Names a new bank and opens it for its first question (the file is written with it). */
	create: async ({ params, request }) => {
		const topic = requireTopic(params.topic);
		const form = await request.formData().catch(() => null);
		const values = {
			id: String(form?.get('id') ?? '').trim(),
			title: String(form?.get('title') ?? ''),
			description: String(form?.get('description') ?? '')
		};
		const parsed = NewBankSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, message: describeIssues(parsed.error) });
		const context = studioContext();
		if (bankIds(context.root, topic).includes(parsed.data.id)) {
			return fail(409, {
				values,
				message: m.studio_bank_exists({ id: parsed.data.id })
			});
		}
		await keepNewBank(context.drafts, topic, parsed.data);
		redirect(303, `/author/topics/${topic}/banks/${parsed.data.id}/questions/new`);
	}
};
