import { redirect } from '@sveltejs/kit';
import { topicHref } from '$lib/links';
import { topicOr404 } from '$lib/server/topic';

/** The topic's page lists its explainers: an address cut short to …/explainers leads there. */
export function GET({ params }) {
	redirect(303, `${topicHref(topicOr404(params.topic).id, '')}#explainers-heading`);
}
