import { timelineEntries } from '$lib/server/views/timeline';
import { tagOf, topicOr404 } from '$lib/server/topic';

/** Reading page: no framework JavaScript; /filter.js applies the filter as soon as it changes. */
export const csr = false;

/** Every event, and the tags to filter by; the page filters by ?topic= (with or without JS). */
export function load({ url, params }) {
	const topic = topicOr404(params.topic);
	const entries = timelineEntries(topic.catalog);
	const counts = new Map<string, number>();
	for (const e of entries) for (const t of e.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
	const tags = [...counts]
		.map(([id, count]) => ({ id, label: tagOf(topic, id), count }))
		.sort((a, b) => a.label.localeCompare(b.label));
	const asked = url.searchParams.get('topic') ?? '';
	return { entries, tags, tag: counts.has(asked) ? asked : '' };
}
