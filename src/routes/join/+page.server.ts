import { fail, redirect } from '@sveltejs/kit';
import { CODE_ALPHABET } from '$lib/server/classroom/store/codes';
import { classroom } from '$lib/server/classroom/context';
import {
	firstMessage,
	JoinFormSchema,
	MALFORMED,
	readFields
} from '$lib/server/classroom/requests/forms';
import { cookieOptions, studentOf } from '$lib/server/classroom/requests/http';
import { joinByCode } from '$lib/server/classroom/commands/join';
import { studentCookieName } from '$lib/server/classroom/requests/tokens';
import { NICKNAME_RULES } from '$lib/classroom/nickname';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	// The QR code carries the code; keep only characters a code can have.
	const typed = (url.searchParams.get('code') ?? '').toUpperCase();
	const code = [...typed]
		.filter((ch) => CODE_ALPHABET.includes(ch))
		.join('')
		.slice(0, 7);
	return { code, rules: NICKNAME_RULES() };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const raw = await readFields(request);
		if (!raw) return fail(400, { code: '', nickname: '', message: MALFORMED() });
		const echo = {
			code: (raw.code ?? '').slice(0, 20),
			nickname: (raw.nickname ?? '').slice(0, 40)
		};
		const parsed = JoinFormSchema.safeParse(raw);
		if (!parsed.success) return fail(400, { ...echo, message: firstMessage(parsed.error) });
		const c = classroom();
		const outcome = await joinByCode(c, parsed.data, getClientAddress(), async (session) =>
			Boolean(await studentOf(c, session, cookies))
		);
		if (!outcome.ok) return fail(outcome.status, { ...echo, message: outcome.message });
		if (outcome.secret) {
			cookies.set(studentCookieName(outcome.sessionId), outcome.secret, cookieOptions(url, 7));
		}
		redirect(303, `/play/${outcome.sessionId}`);
	}
};
