/**
 * `/topics/<topic>/explainers` has no page of its own: a topic's explainers are listed on the topic
 * page, so this address (and the old `/explainers`, which redirects here) goes there instead of a
 * bare 404.
 */
import { redirect } from '@sveltejs/kit';
import { topicHref } from '$lib/links';
import { topicOr404 } from '$lib/server/topic';

export function load({ params }) {
	const topic = topicOr404(params.topic);
	redirect(308, `${topicHref(topic.id)}#explainers-heading`);
}
