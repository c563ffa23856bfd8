/**
 * Values the browser carries for the server (quiz-attempt tokens, the record of answers given):
 * readable JSON, signed with HMAC-SHA256 under the app's secret so they cannot be edited.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { APP_SECRET } from '../secret';

const mac = (body: string) => createHmac('sha256', APP_SECRET).update(body).digest('base64url');

/** `value` as `<base64url JSON>.<base64url HMAC>`. */
export function seal(value: unknown): string {
	const body = Buffer.from(JSON.stringify(value)).toString('base64url');
	return `${body}.${mac(body)}`;
}

/** The JSON inside a sealed string; null for anything forged, truncated, too long or malformed. */
export function unseal(sealed: string | null | undefined, maxLength: number): unknown {
	if (!sealed || sealed.length > maxLength) return null;
	const [body, given, extra] = sealed.split('.');
	if (!body || !given || extra !== undefined) return null;
	const expected = Buffer.from(mac(body));
	const actual = Buffer.from(given);
	if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
	try {
		return JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
	} catch {
		return null;
	}
}
