/** A source as the sources pages describe it (SourceFacts), with its one name. */
import type { Source } from '../../content/schema';
import { topicHref } from '../../links';
import { sourceName } from '../../sources';
import { topicIdOf } from '../content/build-library';
import type { Catalog } from '../content/catalog';

export function sourceCard(catalog: Catalog, s: Source) {
	const of = s.origin.of ? catalog.sourceById.get(s.origin.of) : undefined;
	const topic = topicIdOf(catalog);
	return {
		id: s.id,
		href: topicHref(topic, `/sources/${s.id}`),
		name: sourceName(s),
		title: s.title,
		title_basis: s.title_basis,
		outlet: s.outlet ?? null,
		outlet_basis: s.outlet_basis,
		published: s.published,
		origin: {
			kind: s.origin.kind,
			second_hand: s.origin.second_hand,
			from_language: s.origin.from_language,
			notes: s.origin.notes
		},
		reliability: s.reliability,
		language: s.language,
		of: of ? { id: of.id, name: sourceName(of), href: topicHref(topic, `/sources/${of.id}`) } : null
	};
}
