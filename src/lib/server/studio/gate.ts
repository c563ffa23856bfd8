/**
 * Who may use the studio. It exists only when SOURCED_AUTHOR_SECRET is set (`npm run author` sets
 * a fresh random one per run); otherwise every /author URL answers 404, so a classroom server
 * shows no trace of it. The author signs in once with the secret and gets a session cookie: an
 * HMAC of its issue time under a key derived from the secret, never the secret itself, so a new
 * secret ends every old session. With SOURCED_AUTHOR_ONE_TIME=1 (what `npm run author` sets) the
 * secret signs in once: the link printed in a terminal cannot be reused from its scroll-back.
 */
import { m } from '../../paraglide/messages.js';
import { createHmac, timingSafeEqual } from 'node:crypto';

export const AUTHOR_COOKIE = 'sourced_author';
/** A session lasts a working day. */
export const SESSION_SECONDS = 12 * 60 * 60;

export interface StudioEnv {
	SOURCED_AUTHOR_SECRET?: string;
	SOURCED_AUTHOR_ONE_TIME?: string;
}

/** Whether the studio exists in this process. */
export function studioEnabled(env: StudioEnv = process.env): boolean {
	return Boolean(env.SOURCED_AUTHOR_SECRET);
}

/** Whether `pathname` belongs to the studio (/author and everything under it). */
export function isStudioPath(pathname: string): boolean {
	return pathname === '/author' || pathname.startsWith('/author/');
}

function sameText(a: string, b: string): boolean {
	const x = Buffer.from(a, 'utf8');
	const y = Buffer.from(b, 'utf8');
	return x.length === y.length && timingSafeEqual(x, y);
}

function sessionKey(secret: string): Buffer {
	return createHmac('sha256', secret).update('sourced author session v1').digest();
}

function signature(secret: string, issued: number): string {
	return createHmac('sha256', sessionKey(secret)).update(String(issued)).digest('base64url');
}

/** Secrets used once already, when sign-in is one-time. Kept per process: one run, one link. */
const used = new Set<string>();

export type SignIn = { ok: true; cookie: string } | { ok: false; message: string };

/**
 * Checks a secret the author pasted or followed a link with.
 * @param now seconds since the epoch
 * @returns the session cookie's value, or why sign-in was refused (for a 403)
 */
export function signIn(given: string, env: StudioEnv = process.env, now = nowSeconds()): SignIn {
	const secret = env.SOURCED_AUTHOR_SECRET;
	if (!secret || !sameText(given.trim(), secret)) {
		return {
			ok: false,
			message: m.studio_wrong_secret()
		};
	}
	if (env.SOURCED_AUTHOR_ONE_TIME === '1') {
		if (used.has(secret)) {
			return {
				ok: false,
				message: m.studio_link_used()
			};
		}
		used.add(secret);
	}
	return { ok: true, cookie: `${now}.${signature(secret, now)}` };
}

/** Whether a cookie value is a live session for the current secret. */
export function isAuthor(
	cookie: string | undefined,
	env: StudioEnv = process.env,
	now = nowSeconds()
): boolean {
	const secret = env.SOURCED_AUTHOR_SECRET;
	const match = /^(\d{1,12})\.([\w-]{43})$/.exec(cookie ?? '');
	if (!secret || !match) return false;
	const issued = Number(match[1]);
	if (issued > now + 60 || now - issued > SESSION_SECONDS) return false;
	return sameText(match[2]!, signature(secret, issued));
}

function nowSeconds(): number {
	return Math.floor(Date.now() / 1000);
}
