import { fail, redirect } from '@sveltejs/kit';
import { readFields } from '$lib/server/form-fields';
import { signIn } from '$lib/server/studio/gate';
import { setAuthorCookie } from '$lib/server/studio/session-cookie';
import type { Actions, PageServerLoad } from './$types';

/** The link `npm run author` prints carries the secret; following it signs in and drops it from the URL. */
export const load: PageServerLoad = ({ url, cookies }) => {
	const secret = url.searchParams.get('secret');
	if (secret === null) return { message: null };
	const outcome = signIn(secret);
	if (!outcome.ok) return { message: outcome.message };
	setAuthorCookie(cookies, url, outcome.cookie);
	redirect(303, '/author');
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const raw = await readFields(request);
		const secret = raw?.secret ?? '';
		if (!secret.trim()) return fail(400, { message: 'Paste the sign-in secret first.' });
		const outcome = signIn(secret.slice(0, 500));
		if (!outcome.ok) return fail(403, { message: outcome.message });
		setAuthorCookie(cookies, url, outcome.cookie);
		redirect(303, '/author');
	}
};
