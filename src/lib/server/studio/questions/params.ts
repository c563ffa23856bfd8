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

/** The topic of a bank's URL, with the bank id checked: 400 when malformed, 404 for no topic. */
function bankTopic(params: { topic: string; bank: string }): string {
	const topic = requireTopic(params.topic);
	if (!IdSchema.safeParse(params.bank).success) error(400, m.studio_q_bad_bank_id());
	return topic;
}

/**
 * The bank as saved or, named on the banks page, as it opens empty until its first question is
 * saved (new-bank.ts); `saved` tells which. 404 when it is neither.
 */
async function findBank(topic: string, id: string) {
	const root = contentDir();
	const saved = await readBank(root, topic, id);
	const bank = saved ?? (await pendingBank(root, draftsDir(), topic, id));
	if (!bank) error(404, m.studio_q_no_bank_in_topic({ bank: id, topic }));
	return { bank, saved: saved !== null };
}

export async function editorParams(params: { topic: string; bank: string; question: string }) {
	const topic = bankTopic(params);
	if (params.question !== NEW && !IdSchema.safeParse(params.question).success) {
		error(400, m.studio_q_bad_question_id());
	}
	const { bank } = await findBank(topic, params.bank);
	return { topic, bankId: params.bank, question: params.question, bank };
}

/**
 * Where a bank's own address leads: the bank on the topic's list of banks, or, for a bank named
 * but not yet written (new-bank.ts), its first question. 400 for a bad id, 404 for no such bank.
 */
export async function bankListHref(params: { topic: string; bank: string }): Promise<string> {
	const topic = bankTopic(params);
	const { saved } = await findBank(topic, params.bank);
	return saved
		? `/author/topics/${topic}/banks#bank-${params.bank}`
		: editorHref(topic, params.bank, NEW);
}

/** The editor's URL for a question of a bank. */
export const editorHref = (topic: string, bank: string, question: string) =>
	`/author/topics/${topic}/banks/${bank}/questions/${question}`;
