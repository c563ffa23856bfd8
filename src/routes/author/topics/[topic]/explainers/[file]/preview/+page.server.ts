import { redirect } from '@sveltejs/kit';
import { contentDir } from '$lib/server/studio/content-root';
import { requireExplainerFile } from '$lib/server/studio/explainers/editor-form';
import { previewOf } from '$lib/server/studio/explainers/preview';
import { requireTopic } from '$lib/server/studio/topic-param';

/** The preview starts at the draft's first step. */
export async function load({ params }) {
	const topic = requireTopic(params.topic);
	const file = requireExplainerFile(params.file);
	const { catalog, id } = await previewOf(contentDir(), topic, file);
	const first = catalog.explainerById.get(id)!.steps[0]!.id;
	redirect(303, `/author/topics/${topic}/explainers/${file}/preview/${first}`);
}
