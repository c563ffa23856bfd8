/**
 * A self-test attempt lives in a signed token, not in a database: which questions, in which
 * order (the seed also shuffles options), and what was answered so far. The student carries it
 * in the URL or a hidden field, so quizzes work with JavaScript off and without an account; the
 * signature stops anyone editing their score. Keys never appear in it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { APP_SECRET } from '../secret';

const AttemptSchema = z.strictObject({
	v: z.literal(1),
	/** Seed for option order. */
	s: z.string().min(8).max(32),
	/** Public (opaque) question ids in order: the token is readable, so no author ids. */
	q: z.array(z.string().min(1).max(120)).min(1).max(100),
	/** Answers so far, in order: [authored option index, correct 0/1]. */
	a: z.array(z.tuple([z.number().int().min(0).max(4), z.union([z.literal(0), z.literal(1)])])),
	/** Title shown while playing. */
	t: z.string().max(120)
});

export type Attempt = z.infer<typeof AttemptSchema>;

const sign = (body: string) => createHmac('sha256', APP_SECRET).update(body).digest('base64url');

export function newAttempt(questionIds: string[], title: string): Attempt {
	return { v: 1, s: randomBytes(9).toString('base64url'), q: questionIds, a: [], t: title };
}

export function encodeAttempt(a: Attempt): string {
	const body = Buffer.from(JSON.stringify(a)).toString('base64url');
	return `${body}.${sign(body)}`;
}

/** null for anything forged, truncated or malformed. */
export function decodeAttempt(token: string | null | undefined): Attempt | null {
	if (!token || token.length > 8000) return null;
	const [body, mac] = token.split('.');
	if (!body || !mac) return null;
	const expected = Buffer.from(sign(body));
	const given = Buffer.from(mac);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
	try {
		const parsed = AttemptSchema.safeParse(
			JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
		);
		return parsed.success && parsed.data.a.length <= parsed.data.q.length ? parsed.data : null;
	} catch {
		return null;
	}
}
