/**
 * POST /language: the language switch in the site header. A plain form post (it works without
 * JavaScript): sets the cookie Paraglide's cookie strategy reads, then sends the reader back to the
 * page they were on (303), which renders in the chosen language.
 */
import { error, redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE } from '$lib/i18n';
import { m } from '$lib/paraglide/messages.js';
import { LanguageChoice, LOCALE_COOKIE_MAX_AGE } from '$lib/server/i18n/switch';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies }) => {
	const form = Object.fromEntries(await request.formData());
	const choice = LanguageChoice.safeParse(form);
	if (!choice.success) error(400, m.language_switch_invalid());
	cookies.set(LOCALE_COOKIE, choice.data.locale, {
		path: '/',
		maxAge: LOCALE_COOKIE_MAX_AGE,
		sameSite: 'lax',
		// Readable by scripts as before; the browser's own language code reads `<html lang>`.
		httpOnly: false
	});
	redirect(303, choice.data.next);
};
