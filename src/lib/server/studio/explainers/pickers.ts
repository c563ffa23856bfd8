/**
 * What the explainer editor offers to pick from, read from the topic as the app serves it: the
 * facts with their quotes (so the author cites what she can see), the questions for checkpoints,
 * and the topic's tags. Authors see keys anyway; nothing here reaches a student page.
 */
import { getLibrary } from '../../content';
import { inQuotes } from '../../../i18n';
import { evidenceOf } from '../../content/catalog';

export interface FactChoice {
	id: string;
	statement: string;
	/** "source: quote" lines, every quote the fact has. */
	quotes: string[];
	/** The fact's date ("2022-03"), for timeline steps; '' when it has none. */
	date: string;
	contested: boolean;
}

export interface Pickers {
	facts: FactChoice[];
	questions: { id: string; stem: string; bank: string }[];
	tags: { id: string; label: string }[];
}

/** The pickers of topic `topic` (empty lists when the app does not serve that topic yet). */
export function pickersOf(topic: string): Pickers {
	const entry = getLibrary().topicById.get(topic);
	if (!entry) return { facts: [], questions: [], tags: [] };
	const { catalog, meta } = entry;
	return {
		facts: catalog.facts.map((f) => ({
			id: f.id,
			statement: f.statement,
			quotes: evidenceOf(f).map(
				(e) => `${catalog.sourceById.get(e.source)?.name ?? e.source}: ${inQuotes(e.quote)}`
			),
			date: f.date?.value ?? '',
			contested: Boolean(f.contested)
		})),
		questions: catalog.questions.map((q) => ({ id: q.id, stem: q.stem, bank: q.bank })),
		tags: Object.entries(meta.tags ?? {}).map(([id, label]) => ({ id, label: String(label) }))
	};
}
