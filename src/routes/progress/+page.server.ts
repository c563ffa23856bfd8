import { getLibrary } from '$lib/server/content';
import { tagOf } from '$lib/server/topic';

/** No framework JavaScript: src/lib/progress/browser/progress.ts fills in the learner's progress. */
export const csr = false;

/** Names for what the browser stores by id, per topic; the progress itself never leaves the browser. */
export function load() {
	return {
		topics: getLibrary().topics.map((topic) => ({
			id: topic.id,
			title: topic.meta.title,
			language: topic.meta.language,
			explainers: topic.catalog.explainers.map((x) => ({
				id: x.id,
				title: x.title,
				steps: x.steps.length
			})),
			tags: Object.fromEntries(
				[...new Set(topic.catalog.questions.flatMap((q) => q.topics))].map((t) => [
					t,
					tagOf(topic, t)
				])
			)
		}))
	};
}
