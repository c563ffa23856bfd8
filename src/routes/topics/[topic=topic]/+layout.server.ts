import { topicOr404 } from '$lib/server/topic';
import { studioEnabled } from '$lib/server/studio/gate';

/**
 * Every page of a topic knows which one it is in (the menu links to that topic's pages), and
 * whether this server runs the studio (`npm run author`): then a page with nothing in it yet links
 * to where the author adds it. A classroom server has no studio, so students never see the links.
 */
export function load({ params }) {
	const topic = topicOr404(params.topic);
	return {
		topic: { id: topic.id, title: topic.meta.title, language: topic.meta.language },
		studio: studioEnabled()
	};
}
