/** A topic's catalog, or the whole library, as plain JSON (for `validate --dump` and audits), and counts. */
import type { Library } from './build-library';
import type { Catalog } from './catalog';

export function countsOf(c: Catalog) {
	return {
		sources: c.sources.length,
		entities: c.entities.length,
		facts: c.facts.length,
		explainers: c.explainers.length,
		questions: c.questions.length,
		authored: c.questions.filter((q) => q.origin === 'authored').length,
		generated: c.questions.filter((q) => q.origin === 'generated').length,
		contested: c.facts.filter((f) => f.contested).length,
		cuePairs: c.cuePairs.length
	};
}

export function catalogToJson(c: Catalog) {
	return {
		counts: countsOf(c),
		sources: c.sources,
		entities: c.entities,
		facts: c.facts,
		explainers: c.explainers,
		banks: c.banks,
		questions: c.questions,
		cuePairs: c.cuePairs
	};
}

type Counts = ReturnType<typeof countsOf>;

/** Counts per topic and summed over every topic. */
export function libraryCounts(library: Library) {
	const topics = Object.fromEntries(library.topics.map((t) => [t.id, countsOf(t.catalog)]));
	const total: Counts = {
		sources: 0,
		entities: 0,
		facts: 0,
		explainers: 0,
		questions: 0,
		authored: 0,
		generated: 0,
		contested: 0,
		cuePairs: 0
	};
	for (const c of Object.values(topics))
		for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
	return { total, topics };
}

/** The whole library as plain JSON: every topic with its topic.yaml and its catalog. */
export function libraryToJson(library: Library) {
	return {
		counts: libraryCounts(library),
		topics: library.topics.map((t) => ({
			id: t.id,
			meta: t.meta,
			catalog: catalogToJson(t.catalog)
		}))
	};
}
