import { contentDir } from '$lib/server/studio/content-root';
import { listExplainers } from '$lib/server/studio/explainers/store';
import { requireTopic } from '$lib/server/studio/topic-param';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const topic = requireTopic(params.topic);
	return { topic, explainers: listExplainers(contentDir(), topic) };
};
