import { catalog } from '$lib/server/content';
import { sourceCard } from '$lib/server/views/sources';

export const prerender = true;

export function load() {
	return {
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
