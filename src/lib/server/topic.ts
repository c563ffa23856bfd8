/** Routes under /topics/<topic>/ look their topic up here, per request (content can reload). */
import { error } from '@sveltejs/kit';
import { m } from '../paraglide/messages.js';
import { tagLabel } from '../tags';
import { getLibrary, type TopicEntry } from './content';

/** The topic with id `id`; a 404 when there is none. */
export function topicOr404(id: string): TopicEntry {
	const topic = getLibrary().topicById.get(id);
	if (!topic) error(404, m.topic_not_found({ id }));
	return topic;
}

/** The label of tag `id` in `topic` (its topic.yaml `tags:`). */
export function tagOf(topic: TopicEntry, id: string): string {
	return tagLabel(id, topic.meta.tags);
}

/**
 * The language topic `id`'s content is written in (topic.yaml `language`, a BCP 47 tag), for the
 * `lang` of its text inside the interface; undefined for a topic that is gone.
 */
export function contentLanguage(id: string): string | undefined {
	return getLibrary().topicById.get(id)?.meta.language;
}
