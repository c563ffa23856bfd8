import { redirect } from '@sveltejs/kit';
import { contentDir } from '$lib/server/studio/content-root';
import { clearAuthorCookie } from '$lib/server/studio/session-cookie';
import { listTopics } from '$lib/server/studio/topics';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ topics: listTopics(contentDir()) });

export const actions: Actions = {
	signOut: ({ cookies }) => {
		clearAuthorCookie(cookies);
		redirect(303, '/');
	}
};
