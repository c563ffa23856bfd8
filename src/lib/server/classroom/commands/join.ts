/** Joining by code and nickname, behind the rate limits. */
import type { Classroom } from '../context';
import { normalizeJoinCode } from '../store/codes';
import { m } from '../../../paraglide/messages.js';
import type { SessionRow } from '../store/schema';
import { findJoinableByCode } from '../store/sessions';
import { joinSession } from '../store/students';

export type JoinOutcome =
	/** `secret` null: this device is already in the session (a second tab, a rescanned QR code). */
	| { ok: true; sessionId: string; secret: string | null }
	| { ok: false; status: 400 | 404 | 409 | 429; message: string };

const SLOW_DOWN = () => m.join_slow_down();

export async function joinByCode(
	c: Classroom,
	input: { code: string; nickname: string },
	client: string,
	alreadyIn: (session: SessionRow) => Promise<boolean> = async () => false
): Promise<JoinOutcome> {
	const { joinsPerClient, wrongCodesPerClient, joinsPerSession } = c.limits;
	// Guessing is what these stop: every attempt costs a token, a wrong code costs a scarcer one.
	if (!(await joinsPerClient.take(client)) || !(await wrongCodesPerClient.peek(client))) {
		return { ok: false, status: 429, message: SLOW_DOWN() };
	}
	const code = normalizeJoinCode(input.code);
	const session = code ? await findJoinableByCode(c.db, code) : undefined;
	if (!session) {
		await wrongCodesPerClient.take(client);
		return {
			ok: false,
			status: 404,
			message: code ? m.join_no_session() : m.join_code_shape()
		};
	}
	if (await alreadyIn(session)) return { ok: true, sessionId: session.id, secret: null };
	if (!(await joinsPerSession.take(session.id))) {
		return {
			ok: false,
			status: 429,
			message: m.join_busy()
		};
	}
	const result = await joinSession(c.db, session.id, input.nickname);
	if (result.ok) return { ok: true, sessionId: session.id, secret: result.secret };
	const messages = {
		ended: { status: 404, message: m.join_ended },
		full: { status: 409, message: m.join_full },
		'nickname-taken': { status: 409, message: () => m.join_taken({ nickname: input.nickname }) }
	} as const;
	const refusal = messages[result.reason];
	return { ok: false, status: refusal.status, message: refusal.message() };
}
