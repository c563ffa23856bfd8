/**
 * A self-test attempt lives in a signed token, not in a database: which questions, in which
 * order (the seed also shuffles options), and what was answered so far. The student carries it
 * in the URL or a hidden field, so quizzes work with JavaScript off and without an account; the
 * signature stops anyone editing their score. Keys never appear in it. Because the page carries
 * it, Back can bring an older token back: `answer-record.ts` is why that cannot re-grade.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { seal, unseal } from './seal';

const AttemptSchema = z.strictObject({
	v: z.literal(1),
	/** Seed for option order; also names the attempt in the answer record and progress log. */
	s: z.string().min(8).max(32),
	/** Public (opaque) question ids in order: the token is readable, so no author ids. */
	q: z.array(z.string().min(1).max(120)).min(1).max(100),
	/** Answers so far, in order: [authored option index, correct 0/1]. */
	a: z.array(z.tuple([z.number().int().min(0).max(4), z.union([z.literal(0), z.literal(1)])])),
	/** Title shown while playing. */
	t: z.string().max(120),
	/** How many questions were asked for, when fewer matched (the page says so). */
	m: z.number().int().min(1).max(100).optional()
});

export type Attempt = z.infer<typeof AttemptSchema>;

export function newAttempt(questionIds: string[], title: string): Attempt {
	return { v: 1, s: randomBytes(9).toString('base64url'), q: questionIds, a: [], t: title };
}

export function encodeAttempt(a: Attempt): string {
	return seal(a);
}

/** null for anything forged, truncated or malformed. */
export function decodeAttempt(token: string | null | undefined): Attempt | null {
	const parsed = AttemptSchema.safeParse(unseal(token, 8000));
	return parsed.success && parsed.data.a.length <= parsed.data.q.length ? parsed.data : null;
}
