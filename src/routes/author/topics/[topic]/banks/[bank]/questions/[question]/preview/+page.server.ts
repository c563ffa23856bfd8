import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { studioContext } from '$lib/server/studio/context';
import { editorParams } from '$lib/server/studio/questions/params';
import { PREVIEW_SEED, previewOf } from '$lib/server/studio/questions/preview';
import { grade } from '$lib/server/quiz/grade';
import { publicQuestion } from '$lib/server/quiz/public';
import type { Actions, PageServerLoad } from './$types';

async function preview(
	params: { topic: string; bank: string; question: string },
	show: string | null
) {
	const { topic, bankId, question, bank } = await editorParams(params);
	return {
		topic,
		bankId,
		question,
		...(await previewOf(studioContext(), topic, bankId, bank, question, show))
	};
}

export const load: PageServerLoad = async ({ params, url }) => {
	const p = await preview(params, url.searchParams.get('q'));
	return {
		topic: p.topic,
		bank: p.bankId,
		question: p.question,
		draftId: p.draftId,
		questions: p.questions,
		shownId: p.shown?.id ?? null,
		// stripped of every answer, as the quiz page sends it
		public: p.shown ? publicQuestion(p.shown, PREVIEW_SEED) : null,
		errors: p.errors.slice(0, 20)
	};
};

const AnswerSchema = z.object({ choice: z.coerce.number().int().min(0).max(9) });

export const actions: Actions = {
	answer: async ({ params, request, url }) => {
		const form = await request.formData().catch(() => null);
		const parsed = AnswerSchema.safeParse({ choice: form?.get('choice') ?? undefined });
		if (!parsed.success) return fail(400, { message: m.quiz_choose_first() });
		const p = await preview(params, url.searchParams.get('q'));
		if (!p.shown) return fail(409, { message: m.studio_q_cannot_build() });
		if (parsed.data.choice >= p.shown.options.length) {
			return fail(400, { message: m.studio_q_no_option({ n: parsed.data.choice }) });
		}
		return { verdict: grade(p.catalog, p.shown, parsed.data.choice, PREVIEW_SEED) };
	}
};
