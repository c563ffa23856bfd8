/** Grading happens here and only here; the result carries the feedback and the quotes. */
import type { Catalog, CatalogQuestion } from '../content/catalog';
import type { EvidenceLink, Verdict } from '../../quiz/types';
import { optionOrder, publicIdOf } from './public';
import { quoteHref } from '../../links';
import { topicIdOf } from '../content/build-library';
import { sourceName } from '../../sources';

export function evidenceLinks(catalog: Catalog, factIds: string[]): EvidenceLink[] {
	const topic = topicIdOf(catalog);
	return factIds.flatMap((id) => {
		const fact = catalog.factById.get(id);
		if (!fact) return [];
		const items = fact.evidence
			? fact.evidence.map((e) => ({ e, version: null as string | null }))
			: (fact.contested?.versions ?? []).flatMap((v) =>
					v.evidence.map((e) => ({ e, version: v.label }))
				);
		const perSource = new Map<string, number>();
		return items.map(({ e, version }) => {
			const n = (perSource.get(e.source) ?? 0) + 1;
			perSource.set(e.source, n);
			const source = catalog.sourceById.get(e.source);
			return {
				source: e.source,
				sourceTitle: source?.title ?? e.source,
				sourceName: source ? sourceName(source) : e.source,
				quote: e.quote,
				href: quoteHref(topic, e.source, id, n),
				version,
				language: source?.language
			};
		});
	});
}

/** `choice` is the authored index of the option the student picked; validate it before calling. */
export function grade(catalog: Catalog, q: CatalogQuestion, choice: number, seed: string): Verdict {
	const keyIndex = q.options.findIndex((o) => o.correct);
	const evidence = evidenceLinks(catalog, q.supports);
	const against = q.options[choice]!.fact;
	const lead = (against ? evidenceLinks(catalog, [against]) : []).concat(evidence).slice(0, 1);
	return {
		questionId: publicIdOf(q.id),
		choice,
		correct: choice === keyIndex,
		keyIndex,
		chosenFeedback: q.options[choice]!.feedback,
		explanation: q.explanation,
		options: optionOrder(q, seed).map((i) => {
			const o = q.options[i]!;
			return {
				index: i,
				text: o.text,
				correct: !!o.correct,
				feedback: o.feedback,
				label: o.why_wrong ?? null
			};
		}),
		evidence,
		lead
	};
}
