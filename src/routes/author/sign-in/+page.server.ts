import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { readFields } from '$lib/server/form-fields';
import { signIn } from '$lib/server/studio/gate';
import { setAuthorCookie } from '$lib/server/studio/session-cookie';
import type { Actions, PageServerLoad } from './$types';

/** The link `npm run author` prints carries the secret; following it signs in and drops it from the URL. */
export const load: PageServerLoad = ({ url, cookies }) => {
	const secret = url.searchParams.get('secret');
	if (secret === null) return {};
	const outcome = signIn(secret.slice(0, 500));
	if (!outcome.ok) error(403, outcome.message);
	setAuthorCookie(cookies, url, outcome.cookie);
	redirect(303, '/author');
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const raw = await readFields(request);
		const secret = raw?.secret ?? '';
		if (!secret.trim()) return fail(400, { message: m.studio_paste_secret() });
		const outcome = signIn(secret.slice(0, 500));
		if (!outcome.ok) return fail(403, { message: outcome.message });
		setAuthorCookie(cookies, url, outcome.cookie);
		redirect(303, '/author');
	}
};
