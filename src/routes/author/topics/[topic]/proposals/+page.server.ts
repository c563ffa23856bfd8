import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { getLibrary } from '$lib/server/content';
import { IdSchema } from '$lib/content/schema';
import { failureOf, studioContext } from '$lib/server/studio/context';
import { contentDir } from '$lib/server/studio/content-root';
import {
	acceptedQuestion,
	acceptIntoBank,
	acceptObject,
	AcceptFormSchema
} from '$lib/server/studio/proposals/accept';
import {
	dismissedDir,
	dismissedIds,
	dismissProposal
} from '$lib/server/studio/proposals/dismissed';
import { authoredBanks, listProposals } from '$lib/server/studio/proposals/list';
import { requireTopic } from '$lib/server/studio/topic-param';
import { ConflictError } from '$lib/server/studio/versioned-file';
import type { Actions, PageServerLoad } from './$types';

async function proposalsOf(topic: string) {
	return listProposals(contentDir(), topic, await dismissedIds(dismissedDir(), topic));
}

function acceptedOf(url: URL): { id: string; bank: string } | null {
	const id = IdSchema.safeParse(url.searchParams.get('accepted'));
	const bank = IdSchema.safeParse(url.searchParams.get('bank'));
	return id.success && bank.success ? { id: id.data, bank: bank.data } : null;
}

export const load: PageServerLoad = async ({ params, url }) => {
	const topic = requireTopic(params.topic);
	const { proposals, blocked } = await proposalsOf(topic);
	const catalog = getLibrary().topicById.get(topic)?.catalog;
	const done = url.searchParams.get('accepted') ?? url.searchParams.get('dismissed');
	return {
		topic,
		banks: authoredBanks(contentDir(), topic),
		blocked,
		// What each proposal rests on, so the author can judge it against the sources.
		proposals: proposals.map((q) => ({
			...q,
			facts: q.supports.map((id) => catalog?.factById.get(id)?.statement ?? id)
		})),
		// The accepted question, for the link to the question editor (ids from the URL, checked).
		accepted: acceptedOf(url),
		notice: done
			? url.searchParams.has('accepted')
				? m.studio_p_accepted({
						id: done,
						bank: url.searchParams.get('bank') ?? m.studio_p_the_bank()
					})
				: m.studio_p_dismissed({ id: done })
			: null
	};
};

export const actions: Actions = {
	accept: async ({ params, request }) => {
		const topic = requireTopic(params.topic);
		const form = await request.formData().catch(() => null);
		if (!form) return fail(400, { message: m.studio_form_not_whole() });
		const parsed = AcceptFormSchema.safeParse(acceptObject(form));
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			return fail(400, {
				message: `${String(issue.path[0] ?? m.studio_form())}: ${issue.message}`
			});
		}
		const post = parsed.data;
		const proposal = (await proposalsOf(topic)).proposals.find((q) => q.id === post.id);
		if (!proposal) {
			return fail(404, {
				message: m.studio_p_no_proposal({ id: post.id })
			});
		}
		const banks = authoredBanks(contentDir(), topic);
		const bank = post['new-bank'] || post.bank;
		if (!bank) return fail(400, { id: post.id, message: m.studio_p_choose_bank() });
		if (post['new-bank'] && banks.includes(bank)) {
			return fail(409, { id: post.id, message: m.studio_p_bank_exists({ bank }) });
		}
		if (!post['new-bank'] && !banks.includes(bank)) {
			return fail(400, { id: post.id, message: m.studio_p_no_bank({ bank }) });
		}
		if (post.options.length !== proposal.options.length) {
			return fail(400, { id: post.id, message: m.studio_p_keep_options() });
		}
		const result = await acceptIntoBank(
			studioContext(),
			topic,
			bank,
			acceptedQuestion(proposal, post)
		).catch((error: unknown) => {
			if (error instanceof ConflictError) return error;
			throw error;
		});
		const failure = failureOf(result);
		if (failure) return fail(failure.status, { id: post.id, ...failure });
		redirect(303, `/author/topics/${topic}/proposals?accepted=${post.id}&bank=${bank}`);
	},
	dismiss: async ({ params, request }) => {
		const topic = requireTopic(params.topic);
		const form = await request.formData().catch(() => null);
		const id = z.object({ id: IdSchema }).safeParse({ id: form?.get('id') });
		if (!id.success) return fail(400, { message: m.studio_p_which() });
		await dismissProposal(dismissedDir(), topic, id.data.id);
		redirect(303, `/author/topics/${topic}/proposals?dismissed=${id.data.id}`);
	}
};
