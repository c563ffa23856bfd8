import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { topicHref } from '$lib/links';
import { topicOr404 } from '$lib/server/topic';

export function load({ params, url }) {
	const topic = topicOr404(params.topic);
	const x = topic.catalog.explainerById.get(params.id);
	if (!x) error(404, m.explainer_not_found());
	redirect(307, `${topicHref(topic.id, `/explainers/${x.id}/${x.steps[0]!.id}`)}${url.search}`);
}
