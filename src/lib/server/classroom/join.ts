/** Joining by code and nickname, behind the rate limits. */
import type { Classroom } from './context';
import { normalizeJoinCode } from './codes';
import type { SessionRow } from './schema';
import { findJoinableByCode } from './sessions';
import { joinSession } from './students';

export type JoinOutcome =
	/** `secret` null: this device is already in the session (a second tab, a rescanned QR code). */
	| { ok: true; sessionId: string; secret: string | null }
	| { ok: false; status: 400 | 404 | 409 | 429; message: string };

const SLOW_DOWN = 'Too many attempts from this device. Wait a minute, then try again.';

export async function joinByCode(
	c: Classroom,
	input: { code: string; nickname: string },
	client: string,
	alreadyIn: (session: SessionRow) => Promise<boolean> = async () => false
): Promise<JoinOutcome> {
	const { joinsPerClient, wrongCodesPerClient, joinsPerSession } = c.limits;
	// Guessing is what these stop: every attempt costs a token, a wrong code costs a scarcer one.
	if (!(await joinsPerClient.take(client)) || !(await wrongCodesPerClient.peek(client))) {
		return { ok: false, status: 429, message: SLOW_DOWN };
	}
	const code = normalizeJoinCode(input.code);
	const session = code ? await findJoinableByCode(c.db, code) : undefined;
	if (!session) {
		await wrongCodesPerClient.take(client);
		return {
			ok: false,
			status: 404,
			message: code
				? 'No session is running with that code. Check it with your teacher.'
				: 'A join code has 7 letters and digits, like 7KQ2 XMP.'
		};
	}
	if (await alreadyIn(session)) return { ok: true, sessionId: session.id, secret: null };
	if (!(await joinsPerSession.take(session.id))) {
		return {
			ok: false,
			status: 429,
			message: 'Many students are joining right now. Try again in a few seconds.'
		};
	}
	const result = await joinSession(c.db, session.id, input.nickname);
	if (result.ok) return { ok: true, sessionId: session.id, secret: result.secret };
	const messages = {
		ended: { status: 404, message: 'That session has ended.' },
		full: { status: 409, message: 'That session is full. Tell your teacher.' },
		'nickname-taken': {
			status: 409,
			message: `Someone in this session is already called “${input.nickname}”. Choose another nickname.`
		}
	} as const;
	return { ok: false, ...messages[result.reason] };
}
