/** zod schemas for every classroom form and parameter. Anything else is a 400 or 404. */
import { z } from 'zod';
import { checkNickname } from '../../classroom/nickname';

export const SessionIdSchema = z.uuid();

export const JoinFormSchema = z.object({
	code: z.string().max(40, 'That is not a join code: codes have 7 letters and digits.'),
	nickname: z
		.string()
		.max(200, 'Nickname too long: at most 24 characters.')
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
		.regex(/^[A-Za-z0-9_-]+$/, 'Unknown question.'),
	choice: z
		.string()
		.regex(/^\d{1,2}$/, 'Choose one of the options.')
		.transform(Number)
});

export const CreateFormSchema = z.object({
	/** The topic the quiz is from (ids of banks and explainers are unique only within one). */
	topic: z.string('Choose a topic.').regex(/^[a-z0-9-]{1,120}$/, 'Choose a topic.'),
	quiz: z
		.string()
		.max(200)
		.regex(/^(bank|explainer):[a-z0-9-]+$/, 'Choose a quiz.'),
	mode: z.enum(['teacher', 'self'], 'Choose who sets the pace.'),
	timer: z.enum(['0', '20', '30', '60', '90'], 'Choose a timer.').default('0').transform(Number),
	/** How many of the quiz's questions; 0 = all. */
	count: z
		.enum(['0', '5', '10', '15', '20'], 'Choose how many questions.')
		.default('0')
		.transform(Number),
	/** The first `count` in the quiz's order, or `count` drawn at random. Ticked questions win. */
	pick: z.enum(['first', 'shuffle'], 'Choose how to pick the questions.').default('first'),
	/** Ticked questions: positions in the quiz's list. */
	q: z
		.array(
			z
				.string()
				.regex(/^\d{1,3}$/, 'Tick questions from the list.')
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
		.regex(/^-?\d{1,4}$/, 'Missing position.')
		.transform(Number)
});

export const LeaderboardFormSchema = z.object({ show: z.enum(['on', 'off']) });

export { fields, readFields } from '../form-fields';

export const MALFORMED = 'The form could not be read. Reload the page and try again.';

export function firstMessage(error: z.ZodError): string {
	return error.issues[0]?.message ?? 'Invalid input.';
}
