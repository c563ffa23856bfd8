import { evidenceOf } from '$lib/server/content/catalog';
import { factView } from '$lib/server/views/facts';
import { sourceCard } from '$lib/server/views/sources';
import { topicOr404 } from '$lib/server/topic';

/** Reading page: no framework JavaScript (links and disclosures do the work; /reader.js the dates). */
export const csr = false;

/** Kinds of difference, in page order: the disagreements first, the many small swaps last. */
const KINDS = ['disagreement', 'figure-by-date', 'distortion', 'translation', 'spelling'] as const;

export function load({ params }) {
	const { catalog } = topicOr404(params.topic);
	const contested = catalog.facts.filter((f) => f.contested);
	return {
		sources: catalog.sources.map((s) => ({
			...sourceCard(catalog, s),
			facts: catalog.facts.filter((f) => evidenceOf(f).some((e) => e.source === s.id)).length
		})),
		conflicts: KINDS.map((kind) => ({
			kind,
			facts: contested.filter((f) => f.contested!.kind === kind).map((f) => factView(catalog, f.id))
		})).filter((g) => g.facts.length > 0)
	};
}
