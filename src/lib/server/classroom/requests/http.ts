/** Request-level checks shared by classroom routes and endpoints. */
import { timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { isSameOrigin } from '../../http/request-guard';
import type { Classroom } from '../context';
import { SessionIdSchema } from './forms';
import type { SessionRow, StudentRow } from '../store/schema';
import { isHostSecret } from '../store/sessions';
import { findStudentByHash } from '../store/students';
import {
	asSecret,
	hashSecret,
	hostCookieName,
	studentCookieName,
	TEACHER_DEVICE_COOKIE
} from './tokens';

/** Like the check on form posts (hooks): a request that says it comes from elsewhere is refused. */
export function isCrossOrigin(request: Request, url: URL): boolean {
	const origin = request.headers.get('origin');
	if (origin !== null && !isSameOrigin(origin, request, url)) return true;
	return request.headers.get('sec-fetch-site') === 'cross-site';
}

/**
 * The session named by a route parameter; undefined for a malformed or unknown id. From this
 * instance's cache, which NOTIFY keeps current; the SQL that acts re-checks what matters.
 */
export async function sessionFromParam(c: Classroom, id: string): Promise<SessionRow | undefined> {
	const parsed = SessionIdSchema.safeParse(id);
	return parsed.success ? c.sessions.get(parsed.data) : undefined;
}

/** The session's own teacher cookie, or the teacher-device cookie of the browser that created it. */
export function isHost(session: SessionRow, cookies: Cookies): boolean {
	if (isHostSecret(session, asSecret(cookies.get(hostCookieName(session.id))))) return true;
	const device = ownerHashOf(cookies);
	return device !== null && session.owner_hash !== null && safeEqualHex(device, session.owner_hash);
}

/** sha256 of this browser's teacher-device secret, or null when it has none. */
export function ownerHashOf(cookies: Cookies): string | null {
	const secret = asSecret(cookies.get(TEACHER_DEVICE_COOKIE));
	return secret ? hashSecret(secret) : null;
}

function safeEqualHex(a: string, b: string): boolean {
	const x = Buffer.from(a, 'hex');
	const y = Buffer.from(b, 'hex');
	return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** The student whose secret is in this session's cookie, or undefined. */
export async function studentOf(
	c: Classroom,
	session: SessionRow,
	cookies: Cookies
): Promise<StudentRow | undefined> {
	const secret = asSecret(cookies.get(studentCookieName(session.id)));
	if (!secret) return undefined;
	// Keyed by the secret itself, so a known student costs no sha256 per answer; only the hash
	// ever reaches the database.
	let student = c.students.get(secret);
	if (!student) {
		student = await findStudentByHash(c.db, hashSecret(secret));
		if (!student) return undefined; // unknown secrets are not cached: guessing must not fill memory
		if (c.students.size > 100_000) c.students.clear();
		c.students.set(secret, student);
	}
	return student.session_id === session.id ? student : undefined;
}

export function cookieOptions(url: URL, days: number) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: days * 24 * 3600
	};
}
