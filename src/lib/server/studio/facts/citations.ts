/**
 * What cites a fact: deleting a fact that a question, an explainer step, an entity or another fact
 * names would break them (the validator refuses an unknown fact id), so the studio refuses and
 * names each of them, in words the author recognises (a question's stem, an explainer's title).
 */
import type { Catalog } from '../../content/catalog';

export interface Citation {
	kind: 'question' | 'explainer' | 'entity' | 'fact';
	id: string;
	/** What the author sees of it: a question's stem, an explainer's title, a name or statement. */
	name: string;
}

/** Everything in `catalog` that names fact `factId`, questions first. */
export function citationsOf(catalog: Catalog, factId: string): Citation[] {
	const out: Citation[] = [];
	for (const q of catalog.questions) {
		const cites = q.supports.includes(factId) || q.options.some((o) => o.fact === factId);
		if (cites) out.push({ kind: 'question', id: q.id, name: q.stem });
	}
	for (const e of catalog.explainers) {
		if (e.steps.some((s) => s.facts.includes(factId))) {
			out.push({ kind: 'explainer', id: e.id, name: e.title });
		}
	}
	for (const e of catalog.entities) {
		if (e.facts?.includes(factId)) out.push({ kind: 'entity', id: e.id, name: e.name });
	}
	for (const f of catalog.facts) {
		if (f.id !== factId && f.date?.same_as === factId) {
			out.push({ kind: 'fact', id: f.id, name: f.statement });
		}
	}
	return out;
}
