import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { evidenceOf } from '$lib/server/content/catalog';
import { backLink } from '$lib/server/views/back-link';
import { isFurniture } from '$lib/server/views/furniture';
import { highlight } from '$lib/server/views/highlight';
import { sourceCard } from '$lib/server/views/sources';
import { topicOr404 } from '$lib/server/topic';

/** Reading page: no framework JavaScript; the highlighted quote is reached by its #quote-n link. */
export const csr = false;

export function load({ params, url }) {
	const { catalog } = topicOr404(params.topic);
	const source = catalog.sourceById.get(params.id);
	if (!source) error(404, m.source_not_found());
	const factId = url.searchParams.get('fact');
	const fact = factId ? catalog.factById.get(factId) : undefined;
	if (factId && !fact) error(404, m.source_no_fact({ fact: factId }));
	// The same quotes, in the same order, that evidenceLinks numbered for this source.
	const evidence = fact ? evidenceOf(fact) : [];
	const quotes = evidence.filter((e) => e.source === source.id).map((e) => e.quote);
	return {
		source: sourceCard(catalog, source),
		fact: fact ? { id: fact.id, statement: fact.statement } : null,
		back: backLink(catalog, url.searchParams.get('from')),
		paragraphs: highlight(source.text, quotes).map((segments) => ({
			segments,
			furniture: isFurniture(segments.map((s) => s.text).join(''))
		})),
		found: quotes.length
	};
}
