/**
 * What travels over NOTIFY: small JSON, sent by the same SQL statement that commits the change,
 * so an event exists if and only if its change committed. Never sent to a browser as is.
 */
import { z } from 'zod';

export const ClassroomEventSchema = z.discriminatedUnion('t', [
	/** A student's answer was recorded. */
	z.object({
		t: z.literal('answer'),
		s: z.string(),
		st: z.string(),
		q: z.string(),
		ch: z.number(),
		c: z.boolean()
	}),
	/** A student joined. */
	z.object({ t: z.literal('join'), s: z.string(), st: z.string(), n: z.string() }),
	/** The session's phase, question or settings changed; `rev` is its new revision. */
	z.object({ t: z.literal('state'), s: z.string(), rev: z.number() })
]);

export type ClassroomEvent = z.infer<typeof ClassroomEventSchema>;

export function parseEvent(payload: string): ClassroomEvent | null {
	try {
		const parsed = ClassroomEventSchema.safeParse(JSON.parse(payload));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}
