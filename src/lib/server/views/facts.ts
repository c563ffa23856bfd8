/** Facts as pages show them: statement, date, and quotes linking into the sources. */
import type { FactView } from '../../quiz/types';
import type { Catalog } from '../content/catalog';
import { evidenceLinks } from '../quiz/grade';

export function factView(catalog: Catalog, id: string): FactView {
	const f = catalog.factById.get(id)!;
	const links = evidenceLinks(catalog, [id]);
	return {
		id,
		statement: f.statement,
		date: f.date?.value ?? null,
		event: f.date?.event ?? null,
		topics: f.topics,
		evidence: links,
		contested: f.contested
			? {
					kind: f.contested.kind,
					note: f.contested.note,
					versions: f.contested.versions.map((v) => ({
						label: v.label,
						says: v.says,
						asOf: v.as_of ?? null,
						evidence: links.filter((l) => l.version === v.label)
					}))
				}
			: null
	};
}
