import { describe, expect, it } from 'vitest';
import {
	isAuthor,
	SESSION_SECONDS,
	signIn,
	studioEnabled
} from '../../../src/lib/server/studio/gate';

describe('studio gate', () => {
	it('is off unless SOURCED_AUTHOR_SECRET is set', () => {
		expect(studioEnabled({})).toBe(false);
		expect(studioEnabled({ SOURCED_AUTHOR_SECRET: '' })).toBe(false);
		expect(studioEnabled({ SOURCED_AUTHOR_SECRET: 's3cret-enough' })).toBe(true);
	});

	it('signs in with the secret and gives a cookie that is not the secret', () => {
		const env = { SOURCED_AUTHOR_SECRET: 'the-server-secret' };
		const outcome = signIn('the-server-secret', env, 1_000_000);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.cookie).not.toContain('the-server-secret');
		expect(isAuthor(outcome.cookie, env, 1_000_100)).toBe(true);
		// A server secret (not one-time) signs in again.
		expect(signIn('the-server-secret', env).ok).toBe(true);
	});

	it('refuses a wrong secret', () => {
		const outcome = signIn('nope', { SOURCED_AUTHOR_SECRET: 'the-server-secret' });
		expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/not the studio/) });
	});

	it('a one-time secret signs in once', () => {
		const env = { SOURCED_AUTHOR_SECRET: `once-${Math.random()}`, SOURCED_AUTHOR_ONE_TIME: '1' };
		expect(signIn(env.SOURCED_AUTHOR_SECRET, env).ok).toBe(true);
		expect(signIn(env.SOURCED_AUTHOR_SECRET, env)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/works once/)
		});
	});

	it('refuses forged, expired and other-secret cookies', () => {
		const env = { SOURCED_AUTHOR_SECRET: 'secret-a' };
		const outcome = signIn('secret-a', env, 5_000_000);
		if (!outcome.ok) throw new Error('sign-in failed');
		const [issued, mac] = outcome.cookie.split('.');
		expect(isAuthor(`${Number(issued) + 1}.${mac}`, env, 5_000_000)).toBe(false);
		expect(isAuthor(outcome.cookie, env, 5_000_000 + SESSION_SECONDS + 1)).toBe(false);
		expect(isAuthor(outcome.cookie, { SOURCED_AUTHOR_SECRET: 'secret-b' }, 5_000_000)).toBe(false);
		expect(isAuthor(outcome.cookie, {}, 5_000_000)).toBe(false);
		expect(isAuthor(undefined, env)).toBe(false);
		expect(isAuthor('secret-a', env)).toBe(false);
	});
});
