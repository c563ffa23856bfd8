import { reachableOrigin } from '$lib/server/http/network';
import { hostSession } from '$lib/server/classroom/requests/host-guard';
import { qrDataUrl } from '$lib/server/classroom/views/host-view';
import { hostCookieName } from '$lib/server/classroom/requests/tokens';
import type { PageServerLoad } from './$types';

/**
 * The teacher link, for opening the controls on a phone: as a QR code on this page of its own,
 * never on the projected one. The database keeps only a hash, so the link is rebuilt from the
 * secret in this teacher's own cookie; nobody else can reach here.
 */
export const load: PageServerLoad = async ({ params, cookies, url }) => {
	const { session } = await hostSession(params.id, cookies);
	const secret = cookies.get(hostCookieName(session.id)) ?? '';
	const link = `${reachableOrigin(url)}/host/${session.id}?key=${secret}`;
	return {
		id: session.id,
		title: session.title,
		link: secret ? link : null,
		qr: secret ? await qrDataUrl(link) : null
	};
};
