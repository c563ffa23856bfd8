import { draftsDir } from '$lib/server/studio/content-root';
import { listDrafts } from '$lib/server/studio/drafts';
import { requireTopic, sourceIds } from '$lib/server/studio/topic-param';
import { listTopics } from '$lib/server/studio/topics';
import { contentDir } from '$lib/server/studio/content-root';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const topic = requireTopic(params.topic);
	const title = listTopics(contentDir()).find((t) => t.id === topic)?.title ?? topic;
	const drafts = await listDrafts(draftsDir(), topic);
	const saved = url.searchParams.get('saved');
	return {
		topic,
		title,
		sources: sourceIds(topic),
		drafts: drafts.map((d) => ({
			id: d.id,
			label: d.label,
			created: d.created,
			errors: d.errors.length
		})),
		saved: saved && sourceIds(topic).includes(saved) ? saved : null
	};
};
