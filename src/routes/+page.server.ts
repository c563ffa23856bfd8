import { getLibrary } from '$lib/server/content';

/** The topics, with what each holds. */
export function load() {
	return {
		topics: getLibrary().topics.map(({ id, meta, catalog }) => ({
			id,
			title: meta.title,
			summary: meta.summary,
			audience: meta.audience,
			language: meta.language,
			counts: {
				explainers: catalog.explainers.length,
				questions: catalog.questions.length,
				sources: catalog.sources.length
			}
		}))
	};
}
