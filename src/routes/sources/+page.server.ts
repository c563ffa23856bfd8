import { catalog } from '$lib/server/content';
import { evidenceOf } from '$lib/server/content/catalog';
import { factView } from '$lib/server/views/facts';

export const prerender = true;

export function load() {
	const contested = catalog.facts.filter((f) => f.contested);
	const kinds = [
		'distortion',
		'translation',
		'figure-by-date',
		'spelling',
		'disagreement'
	] as const;
	return {
		sources: catalog.sources.map((s) => ({
			id: s.id,
			title: s.title,
			titleBasis: s.title_basis,
			outlet: s.outlet ?? null,
			published: s.published,
			origin: s.origin,
			reliability: s.reliability,
			of: s.origin.of ? (catalog.sourceById.get(s.origin.of)?.title ?? null) : null,
			facts: catalog.facts.filter((f) => evidenceOf(f).some((e) => e.source === s.id)).length
		})),
		conflicts: kinds
			.map((kind) => ({
				kind,
				facts: contested
					.filter((f) => f.contested!.kind === kind)
					.map((f) => factView(catalog, f.id))
			}))
			.filter((g) => g.facts.length > 0)
	};
}
