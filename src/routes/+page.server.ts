import { catalog } from '$lib/server/content';

export const prerender = true;

export function load() {
	return {
		sources: catalog.sources.map((s) => ({
			id: s.id,
			title: s.title,
			outlet: s.outlet ?? null,
			date: s.published.date,
			dateBasis: s.published.basis,
			origin: s.origin.kind,
			reliability: s.reliability
		})),
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
