/**
 * The editor's live check: the page posts its form here on every change (debounced). The draft
 * is kept first (nothing lost), then checked by `checkDraft` and its problems placed by field.
 */
import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { studioContext } from '$lib/server/studio/context';
import { keepCheckedEdit } from '$lib/server/studio/questions/autosave';
import { checkQuestion, positionIn } from '$lib/server/studio/questions/editor';
import { readQuestionForm } from '$lib/server/studio/questions/form';
import { editorParams } from '$lib/server/studio/questions/params';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request }) => {
	const { topic, bankId, question, bank } = await editorParams(params);
	const form = await request.formData().catch(() => null);
	const post = form ? readQuestionForm(form) : { message: m.studio_form_cut_off() };
	if ('message' in post) return json({ message: post.message }, { status: 400 });
	const context = studioContext();
	// a check posted before its Save and answered after it keeps nothing (autosave.ts closeEdit)
	// nor does one sent by a page opened before a Discard (autosave.ts discardEdit)
	const opened = form?.get('opened');
	await keepCheckedEdit(
		context.drafts,
		topic,
		bankId,
		question,
		{ version: post.version, draft: post.draft },
		typeof opened === 'string' ? opened : undefined
	);
	const index = positionIn(bank, question);
	const { placed } = checkQuestion(
		context.root,
		topic,
		bank,
		index === -1 ? null : index,
		post.draft,
		context.shownRoot ?? 'questions'
	);
	return json({ placed, kept: new Date().toISOString() });
};
