import { topicOr404 } from '$lib/server/topic';
import { sourceCard } from '$lib/server/views/sources';

/** Reading page: no framework JavaScript; /steps-seen.js marks the explainers this browser has read. */
export const csr = false;

/** A topic's overview: its explainers, question banks, sources and reference pages. */
export function load({ params }) {
	const topic = topicOr404(params.topic);
	const { catalog } = topic;
	return {
		meta: { title: topic.meta.title, summary: topic.meta.summary, audience: topic.meta.audience },
		sources: catalog.sources.map((s) => sourceCard(catalog, s)),
		explainers: catalog.explainers.map((x) => ({
			id: x.id,
			title: x.title,
			summary: x.summary,
			steps: x.steps.length
		})),
		banks: catalog.banks.map((b) => ({
			id: b.id,
			title: b.title,
			description: b.description ?? null,
			questions: b.questionIds.length
		})),
		counts: { facts: catalog.facts.length, entities: catalog.entities.length }
	};
}
