import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { studioContext } from '$lib/server/studio/context';
import { discardEdit, keepEdit } from '$lib/server/studio/questions/autosave';
import { draftAt } from '$lib/server/studio/questions/bank';
import {
	checkQuestion,
	deleteQuestion,
	duplicateQuestion,
	NEW,
	openQuestion,
	positionIn,
	saveQuestion,
	topicChoices
} from '$lib/server/studio/questions/editor';
import { applyOp, readQuestionForm } from '$lib/server/studio/questions/form';
import { blankQuestion } from '$lib/server/studio/questions/model';
import { editorHref, editorParams } from '$lib/server/studio/questions/params';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	// the page's checks carry it back, so a Discard after it wins over them (autosave.ts)
	const openedAt = new Date().toISOString();
	const { topic, bankId, question, bank } = await editorParams(params);
	const context = studioContext();
	const opened = await openQuestion(context, topic, bankId, bank, question);
	if (opened.gone && !opened.restored) {
		error(404, m.studio_q_no_question({ question, bank: bankId }));
	}
	const index = positionIn(bank, question);
	const { placed } = checkQuestion(
		context.root,
		topic,
		bank,
		index === -1 ? null : index,
		opened.draft,
		context.shownRoot ?? 'questions'
	);
	const saved = index === null || index === -1 ? blankQuestion() : draftAt(bank, index);
	return {
		topic,
		bank: { id: bankId, title: bank.title },
		question,
		isNew: question === NEW,
		draft: opened.draft,
		saved,
		version: opened.version,
		openedAt,
		restored: opened.restored,
		placed,
		...(await topicChoices(context.root, topic)),
		justSaved: url.searchParams.get('saved'),
		confirmDelete: url.searchParams.has('delete')
	};
};

async function posted(request: Request) {
	const form = await request.formData().catch(() => null);
	if (!form) return { message: m.studio_form_cut_off() };
	return readQuestionForm(form);
}

export const actions: Actions = {
	/** Save, or (a button with `op`) add, remove or move an option without saving. */
	save: async ({ params, request }) => {
		const { topic, bankId, question, bank } = await editorParams(params);
		const post = await posted(request);
		if ('message' in post) return fail(400, { message: post.message });
		const context = studioContext();
		if (post.op) {
			const draft = applyOp(post.draft, post.op);
			await keepEdit(context.drafts, topic, bankId, question, { version: post.version, draft });
			const index = positionIn(bank, question);
			const { placed } = checkQuestion(
				context.root,
				topic,
				bank,
				index === -1 ? null : index,
				draft,
				context.shownRoot ?? 'questions'
			);
			return { draft, placed, version: post.version };
		}
		const outcome = await saveQuestion(context, topic, bankId, question, post.draft, post.version);
		if (!outcome.ok) {
			return fail(outcome.status, {
				message: outcome.message,
				diff: outcome.diff,
				placed: outcome.placed,
				draft: post.draft,
				version: post.version
			});
		}
		redirect(303, `${editorHref(topic, bankId, outcome.id)}?saved=${outcome.id}`);
	},
	/** Keeps the draft and opens it in the student's question page. */
	preview: async ({ params, request }) => {
		const { topic, bankId, question } = await editorParams(params);
		const post = await posted(request);
		if ('message' in post) return fail(400, { message: post.message });
		await keepEdit(studioContext().drafts, topic, bankId, question, {
			version: post.version,
			draft: post.draft
		});
		redirect(303, `${editorHref(topic, bankId, question)}/preview`);
	},
	discard: async ({ params }) => {
		const { topic, bankId, question } = await editorParams(params);
		await discardEdit(studioContext().drafts, topic, bankId, question);
		redirect(303, editorHref(topic, bankId, question));
	},
	duplicate: async ({ params }) => {
		const { topic, bankId, question } = await editorParams(params);
		const outcome = await duplicateQuestion(studioContext(), topic, bankId, question);
		if (!outcome.ok) return fail(outcome.status, { message: outcome.message, diff: outcome.diff });
		redirect(303, `${editorHref(topic, bankId, outcome.id)}?saved=${outcome.id}`);
	},
	delete: async ({ params, request }) => {
		const { topic, bankId, question } = await editorParams(params);
		const form = await request.formData().catch(() => null);
		if (form?.get('confirm') !== 'yes') {
			return fail(400, { message: m.studio_q_tick_delete() });
		}
		const version = String(form.get('version') ?? '');
		const outcome = await deleteQuestion(studioContext(), topic, bankId, question, version);
		if (!outcome.ok) return fail(outcome.status, { message: outcome.message, diff: outcome.diff });
		redirect(303, `/author/topics/${topic}/banks?deleted=${question}`);
	}
};
