import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import { readFields } from '$lib/server/form-fields';
import {
	RECORD_COOKIE,
	mergedChoices,
	readRecord,
	ruling,
	writeRecord
} from '$lib/server/quiz/answer-record';
import { afterAnswer, usableChoices } from '$lib/server/quiz/answered';
import { decodeAttempt, type Attempt } from '$lib/server/quiz/attempt';
import { badLink, attemptQuestion } from '$lib/server/quiz/attempt-question';
import { publicQuestion, questionByPublicId } from '$lib/server/quiz/public';
import { topicOr404 } from '$lib/server/topic';
import { topicHref } from '$lib/links';
import { m } from '$lib/paraglide/messages.js';
import type { Catalog } from '$lib/server/content';

/**
 * Server-rendered only: the page's JavaScript is /quiz.js (a few KB), which sends the form in the
 * background and writes the verdict into the page, so a quiz ships no framework JavaScript.
 */
export const csr = false;

/** Every answer this browser gave in the attempt: the token's, caught up by the answer record. */
function choicesOf(catalog: Catalog, attempt: Attempt, cookies: Cookies) {
	const record = readRecord(cookies.get(RECORD_COOKIE));
	const merged = mergedChoices(attempt.a, record.get(attempt.s), attempt.q.length);
	return { record, choices: usableChoices(catalog, attempt, merged) };
}

export function load({ url, cookies, request, setHeaders, params }) {
	const topic = topicOr404(params.topic);
	const { catalog } = topic;
	// Back must ask the server again, which knows the question was answered, rather than show a
	// cached form for it. (A POST's page stays cacheable, so Back to it needs no resubmission.)
	if (request.method === 'GET') setHeaders({ 'cache-control': 'no-store' });
	const token = url.searchParams.get('t');
	const attempt = decodeAttempt(token);
	if (!attempt) error(400, badLink());
	const total = attempt.q.length;
	if (attempt.a.length >= total) redirect(303, topicHref(topic.id, `/quiz/result?t=${token}`));
	const position = attempt.a.length;
	const { choices } = choicesOf(catalog, attempt, cookies);
	// A page reached by Back (or reloaded) for a question already answered shows that answer.
	const answered =
		choices.length > position ? afterAnswer(topic, attempt, choices, position) : null;
	return {
		title: attempt.t,
		total,
		score: answered?.score ?? attempt.a.filter(([, ok]) => ok === 1).length,
		position,
		asked: position === 0 && attempt.m ? attempt.m : null,
		question: publicQuestion(attemptQuestion(catalog, attempt.q[position]!), attempt.s),
		answered,
		token: token!
	};
}

const AnswerSchema = z.object({
	t: z.string().min(1).max(8000),
	question: z.string().min(1).max(120),
	choice: z.coerce.number().int()
});

export const actions = {
	answer: async ({ request, cookies, url, params }) => {
		const topic = topicOr404(params.topic);
		const { catalog } = topic;
		const form = await readFields(request);
		if (!form) return fail(400, { message: m.quiz_answer_unreadable() });
		const parsed = AnswerSchema.safeParse(form);
		if (!parsed.success) {
			const missing = ['t', 'question', 'choice'].filter((k) => !(k in form) || form[k] === '');
			const message = missing.includes('choice')
				? m.quiz_choose_first()
				: m.quiz_answer_unreadable();
			return fail(400, { message });
		}
		const { t, question: id, choice } = parsed.data;
		const attempt = decodeAttempt(t);
		if (!attempt) return fail(400, { message: badLink() });
		const { record, choices } = choicesOf(catalog, attempt, cookies);
		const rule = ruling(attempt.q, choices, id);
		if (rule.kind === 'out-of-turn') {
			return fail(409, {
				message: m.quiz_out_of_turn()
			});
		}
		if (rule.kind === 'first') {
			const q = questionByPublicId(catalog, id);
			if (!q) return fail(400, { message: m.quiz_unknown_question() });
			if (choice < 0 || choice >= q.options.length) {
				return fail(400, { message: m.quiz_no_option({ choice }) });
			}
			choices.push(choice);
			cookies.set(RECORD_COOKIE, writeRecord(record, attempt.s, choices), {
				path: topicHref(topic.id, '/quiz'),
				httpOnly: true,
				sameSite: 'lax',
				secure: url.protocol === 'https:',
				maxAge: 60 * 60 * 24 * 30
			});
		}
		return {
			...afterAnswer(topic, attempt, choices, rule.position),
			repeat: rule.kind === 'stands'
		};
	}
};
