/**
 * Secrets for teachers and students: 32 random bytes, base64url, kept only in the holder's
 * httpOnly cookie. The database stores the sha256, so a leaked table grants nothing.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(): string {
	return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}

/** A cookie value that could be one of our secrets (43 base64url characters); else null. */
export function asSecret(value: string | undefined | null): string | null {
	return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export const hostCookieName = (sessionId: string) => `sourced_host_${sessionId}`;
export const studentCookieName = (sessionId: string) => `sourced_student_${sessionId}`;

/**
 * One per teacher's browser: lists her sessions at /teach and opens their pages and reports
 * after the per-session cookie has expired. Sessions store its sha256 (`owner_hash`).
 */
export const TEACHER_DEVICE_COOKIE = 'sourced_teacher';
