import { topicOr404 } from '$lib/server/topic';
import { whoGroups } from '$lib/server/views/who';

/** Reading page: no framework JavaScript; /filter.js narrows the list as you type. */
export const csr = false;

/** Everyone, grouped; the page filters by ?q= (on the server, and as you type with JS). */
export function load({ url, params }) {
	const { catalog } = topicOr404(params.topic);
	return {
		groups: whoGroups(catalog),
		q: (url.searchParams.get('q') ?? '').slice(0, 100)
	};
}
