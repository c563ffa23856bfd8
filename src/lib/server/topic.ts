/** Routes under /topics/<topic>/ look their topic up here, per request (content can reload). */
import { error } from '@sveltejs/kit';
import { tagLabel } from '../tags';
import { getLibrary, type TopicEntry } from './content';

/** The topic with id `id`; a 404 when there is none. */
export function topicOr404(id: string): TopicEntry {
	const topic = getLibrary().topicById.get(id);
	if (!topic) error(404, `There is no topic "${id}".`);
	return topic;
}

/** The label of tag `id` in `topic` (its topic.yaml `tags:`). */
export function tagOf(topic: TopicEntry, id: string): string {
	return tagLabel(id, topic.meta.tags);
}
