/**
 * Which pages of a topic open offline after one visit: its overview, every step of every
 * explainer, the sources page and every stored article, the timeline and who's who, plus the home
 * and progress pages (progress is kept in the browser, so it can be read offline too). Never a quiz,
 * a printed sheet or a live session page: those need the server (src/lib/offline/routes.ts).
 */
import { topicHref } from '$lib/links';
import type { OfflineManifest } from '$lib/offline/manifest';
import type { Catalog } from '$lib/server/content/catalog';

/** The offline manifest of topic `topic` (its id) with content `catalog`; paths only, no queries. */
export function readingPages(topic: string, catalog: Catalog): OfflineManifest {
	const href = (path = '') => topicHref(topic, path);
	const redirects: Record<string, string> = {};
	const steps: string[] = [];
	for (const x of catalog.explainers) {
		const base = href(`/explainers/${x.id}`);
		if (x.steps[0]) redirects[base] = `${base}/${x.steps[0].id}`;
		for (const s of x.steps) steps.push(`${base}/${s.id}`);
	}
	return {
		topic,
		pages: [
			href(),
			...steps,
			href('/sources'),
			...catalog.sources.map((s) => href(`/sources/${s.id}`)),
			href('/timeline'),
			href('/who'),
			'/',
			'/progress'
		],
		redirects
	};
}
