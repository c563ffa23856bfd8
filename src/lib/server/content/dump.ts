/** The catalog as plain JSON (for `validate --dump` and for audits), and its counts. */
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
