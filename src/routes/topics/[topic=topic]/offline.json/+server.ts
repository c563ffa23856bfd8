/**
 * GET /topics/<topic>/offline.json: the pages the service worker keeps so that this topic reads
 * offline after one visit (src/lib/server/offline/reading-pages.ts). Public, like the pages it lists;
 * never cached by the browser's HTTP cache, so a worker always sees the current list.
 */
import { json } from '@sveltejs/kit';
import { readingPages } from '$lib/server/offline/reading-pages';
import { topicOr404 } from '$lib/server/topic';

export function GET({ params }) {
	const topic = topicOr404(params.topic);
	return json(readingPages(topic.id, topic.catalog), {
		headers: { 'cache-control': 'no-store' }
	});
}
