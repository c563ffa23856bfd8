import { reachableOrigin } from '$lib/server/http/network';
import { hostSession } from '$lib/server/classroom/host-guard';
import { hostCookieName } from '$lib/server/classroom/tokens';
import type { PageServerLoad } from './$types';

/**
 * The teacher link, for opening the controls on another device. The database keeps only a hash,
 * so the link is rebuilt from the secret in this teacher's own cookie; nobody else can reach here.
 */
export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const { session } = await hostSession(params.id, cookies);
	const secret = cookies.get(hostCookieName(session.id)) ?? '';
	return {
		id: session.id,
		title: session.title,
		link: `${reachableOrigin(url)}/host/${session.id}?key=${secret}`
	};
};
