import { catalog } from '$lib/server/content';
import { timelineEntries } from '$lib/server/views/timeline';
import { topicLabel } from '$lib/topics';

/** Every event, and the topics to filter by; the page filters by ?topic= (with or without JS). */
export function load({ url }) {
	const entries = timelineEntries(catalog);
	const counts = new Map<string, number>();
	for (const e of entries) for (const t of e.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
	const topics = [...counts]
		.map(([id, count]) => ({ id, label: topicLabel(id), count }))
		.sort((a, b) => a.label.localeCompare(b.label));
	const asked = url.searchParams.get('topic') ?? '';
	return { entries, topics, topic: counts.has(asked) ? asked : '' };
}
