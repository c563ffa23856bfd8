/** zod schemas for every classroom form and parameter. Anything else is a 400 or 404. */
import { z } from 'zod';
import { checkNickname } from '../../../classroom/nickname';
import { m } from '../../../paraglide/messages.js';

/** A zod error message said in the interface language of the request being validated. */
const say = (message: () => string) => ({ error: message });

export const SessionIdSchema = z.uuid();

export const JoinFormSchema = z.object({
	code: z.string().max(40, say(m.join_not_a_code)),
	nickname: z
		.string()
		.max(200, say(m.join_nickname_too_long))
		.transform((raw, ctx) => {
			const checked = checkNickname(raw);
			if (checked.ok) return checked.nickname;
			ctx.addIssue({ code: 'custom', message: checked.message });
			return z.NEVER;
		})
});

export const AnswerFormSchema = z.object({
	/** The question's public (opaque) id, as the page got it: authors' ids can give answers away. */
	question: z
		.string()
		.min(1)
		.max(64)
		.regex(/^[A-Za-z0-9_-]+$/, say(m.quiz_unknown_question)),
	choice: z
		.string()
		.regex(/^\d{1,2}$/, say(m.live_choose_option))
		.transform(Number)
});

export const CreateFormSchema = z.object({
	/** The topic the quiz is from (ids of banks and explainers are unique only within one). */
	topic: z.string(say(m.teach_choose_topic)).regex(/^[a-z0-9-]{1,120}$/, say(m.teach_choose_topic)),
	quiz: z
		.string()
		.max(200)
		.regex(/^(bank|explainer):[a-z0-9-]+$/, say(m.teach_choose_quiz)),
	mode: z.enum(['teacher', 'self'], say(m.teach_choose_pace)),
	timer: z
		.enum(['0', '20', '30', '60', '90'], say(m.teach_choose_timer))
		.default('0')
		.transform(Number),
	/** How many of the quiz's questions; 0 = all. */
	count: z
		.enum(['0', '5', '10', '15', '20'], say(m.teach_choose_count))
		.default('0')
		.transform(Number),
	/** The first `count` in the quiz's order, or `count` drawn at random. Ticked questions win. */
	pick: z.enum(['first', 'shuffle'], say(m.teach_choose_pick)).default('first'),
	/** Ticked questions: positions in the quiz's list. */
	q: z
		.array(
			z
				.string()
				.regex(/^\d{1,3}$/, say(m.teach_tick_from_list))
				.transform(Number)
		)
		.max(500)
		.default([]),
	autoreveal: z.literal('on').optional(),
	leaderboard: z.literal('on').optional()
});

/** Host commands carry the question index the teacher saw, so a double click acts once. */
export const HostCommandSchema = z.object({
	at: z
		.string()
		.regex(/^-?\d{1,4}$/, say(m.host_missing_position))
		.transform(Number)
});

export const LeaderboardFormSchema = z.object({ show: z.enum(['on', 'off']) });

export { fields, readFields } from '../../form-fields';

/** Said for a post whose body is not a readable form, in the interface language. */
export const MALFORMED = () => m.form_unreadable();

export function firstMessage(error: z.ZodError): string {
	return error.issues[0]?.message ?? m.form_invalid();
}
