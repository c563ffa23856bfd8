import { error } from '@sveltejs/kit';
import { catalog } from '$lib/server/content';
import { evidenceOf } from '$lib/server/content/catalog';
import { highlight } from '$lib/server/views/highlight';

export function load({ params, url }) {
	const source = catalog.sourceById.get(params.id);
	if (!source) error(404, 'No source with that name.');
	const factId = url.searchParams.get('fact');
	const fact = factId ? catalog.factById.get(factId) : undefined;
	if (factId && !fact) error(404, `No fact "${factId}" to highlight.`);
	// The same quotes, in the same order, that evidenceLinks numbered for this source.
	const evidence = fact ? evidenceOf(fact) : [];
	const quotes = evidence.filter((e) => e.source === source.id).map((e) => e.quote);
	return {
		source: {
			id: source.id,
			title: source.title,
			titleBasis: source.title_basis,
			outlet: source.outlet ?? null,
			published: source.published,
			origin: source.origin,
			reliability: source.reliability,
			language: source.language
		},
		fact: fact ? { id: fact.id, statement: fact.statement } : null,
		paragraphs: highlight(source.text, quotes),
		found: quotes.length
	};
}
