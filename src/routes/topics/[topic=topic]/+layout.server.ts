import { topicOr404 } from '$lib/server/topic';

/** Every page of a topic knows which one it is in (the menu links to that topic's pages). */
export function load({ params }) {
	const topic = topicOr404(params.topic);
	return { topic: { id: topic.id, title: topic.meta.title, language: topic.meta.language } };
}
