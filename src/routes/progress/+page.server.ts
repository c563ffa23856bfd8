import { catalog } from '$lib/server/content';
import { topicLabel } from '$lib/server/quiz/select';

export const prerender = true;

/** Names for what the browser stores by id; the progress itself never leaves the browser. */
export function load() {
	return {
		explainers: catalog.explainers.map((x) => ({
			id: x.id,
			title: x.title,
			steps: x.steps.length
		})),
		topics: Object.fromEntries(
			[...new Set(catalog.questions.flatMap((q) => q.topics))].map((t) => [t, topicLabel(t)])
		)
	};
}
