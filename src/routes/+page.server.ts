import { getLibrary } from '$lib/server/content';

/** No framework JavaScript: src/lib/progress/browser/home.ts fills in the progress summary. */
export const csr = false;

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
