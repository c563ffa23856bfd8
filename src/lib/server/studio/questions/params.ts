/** The topic, bank and question named in a question editor URL: 400 when malformed, 404 when missing. */
import { error } from '@sveltejs/kit';
import { IdSchema } from '$lib/content/schema';
import { m } from '../../../paraglide/messages.js';
import { contentDir } from '../content-root';
import { requireTopic } from '../topic-param';
import { readBank } from './bank';
import { NEW } from './editor';

export async function editorParams(params: { topic: string; bank: string; question: string }) {
	const topic = requireTopic(params.topic);
	if (!IdSchema.safeParse(params.bank).success) {
		error(400, m.studio_q_bad_bank_id());
	}
	if (params.question !== NEW && !IdSchema.safeParse(params.question).success) {
		error(400, m.studio_q_bad_question_id());
	}
	const bank = await readBank(contentDir(), topic, params.bank);
	if (!bank) error(404, m.studio_q_no_bank_in_topic({ bank: params.bank, topic }));
	return { topic, bankId: params.bank, question: params.question, bank };
}

/** The editor's URL for a question of a bank. */
export const editorHref = (topic: string, bank: string, question: string) =>
	`/author/topics/${topic}/banks/${bank}/questions/${question}`;
