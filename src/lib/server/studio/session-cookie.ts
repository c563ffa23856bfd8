/** The author's session cookie: httpOnly, SameSite=Strict, only sent to studio URLs. */
import type { Cookies } from '@sveltejs/kit';
import { AUTHOR_COOKIE, SESSION_SECONDS } from './gate';

export function setAuthorCookie(cookies: Cookies, url: URL, value: string): void {
	cookies.set(AUTHOR_COOKIE, value, {
		path: '/author',
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:',
		maxAge: SESSION_SECONDS
	});
}

export function clearAuthorCookie(cookies: Cookies): void {
	cookies.delete(AUTHOR_COOKIE, { path: '/author' });
}
