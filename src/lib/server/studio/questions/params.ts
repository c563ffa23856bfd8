/** The topic, bank and question named in a question editor URL: 400 when malformed, 404 when missing. */
import { error } from '@sveltejs/kit';
import { IdSchema } from '$lib/content/schema';
import { m } from '../../../paraglide/messages.js';
import { contentDir } from '../content-root';
import { requireTopic } from '../topic-param';
import { readBank } from './bank';
import { pendingBank } from './new-bank';
import { draftsDir } from '../content-root';
import { NEW } from './editor';

export async function editorParams(params: { topic: string; bank: string; question: string }) {
	const topic = requireTopic(params.topic);
	if (!IdSchema.safeParse(params.bank).success) {
		error(400, m.studio_q_bad_bank_id());
	}
	if (params.question !== NEW && !IdSchema.safeParse(params.question).success) {
		error(400, m.studio_q_bad_question_id());
	}
	const root = contentDir();
	// a bank named on the banks page opens empty until its first question is saved (new-bank.ts)
	const bank =
		(await readBank(root, topic, params.bank)) ??
		(await pendingBank(root, draftsDir(), topic, params.bank));
	if (!bank) error(404, m.studio_q_no_bank_in_topic({ bank: params.bank, topic }));
	return { topic, bankId: params.bank, question: params.question, bank };
}

/**
 * Where a bank's own address leads: the bank on the topic's list of banks, or, for a bank named
 * but not yet written (new-bank.ts), its first question. 400 for a bad id, 404 for no such bank.
 */
export async function bankListHref(params: { topic: string; bank: string }): Promise<string> {
	const topic = requireTopic(params.topic);
	if (!IdSchema.safeParse(params.bank).success) error(400, m.studio_q_bad_bank_id());
	const root = contentDir();
	if (await readBank(root, topic, params.bank))
		return `/author/topics/${topic}/banks#bank-${params.bank}`;
	if (await pendingBank(root, draftsDir(), topic, params.bank))
		return editorHref(topic, params.bank, NEW);
	error(404, m.studio_q_no_bank_in_topic({ bank: params.bank, topic }));
}

/** The editor's URL for a question of a bank. */
export const editorHref = (topic: string, bank: string, question: string) =>
	`/author/topics/${topic}/banks/${bank}/questions/${question}`;
