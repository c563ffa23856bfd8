import { redirect } from '@sveltejs/kit';
import { requireTopic } from '$lib/server/studio/topic-param';

/** The topic's studio page lists its sources: an address cut short to …/sources leads there. */
export function GET({ params }) {
	redirect(303, `/author/topics/${requireTopic(params.topic)}#sources`);
}
