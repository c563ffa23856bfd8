/**
 * The timeline: dated facts about what happened, one entry per event, in date order.
 *
 * - A date keeps its precision and sorts at the end of its period: "2022" (some time that year)
 *   comes after every dated event of 2022, "March 2022" after 31 March's, so a year-only fact never
 *   claims to come before the events it may follow.
 * - Facts joined by `date.same_as` are one entry, with the quotes of both.
 * - Facts about the stored articles themselves (`about: sources`, such as when one was
 *   published) are left out; contested facts stay in, marked.
 */
import type { Fact } from '../../content/schema';
import type { EvidenceLink, TimelineEntry } from '../../quiz/types';
import type { Catalog } from '../content/catalog';
import { evidenceLinks } from '../quiz/grade';

/**
 * Sort key of a partial date at the end of its period: "2022" → "2022-99", "2022-03" →
 * "2022-03-99", "2022-03-05" unchanged; string order is then date order.
 */
export function periodEnd(value: string): string {
	return value.length < 10 ? `${value}-99` : value;
}

/** Compares two partial dates by the end of their periods (see periodEnd). */
export function byPeriod(a: string, b: string): number {
	const [x, y] = [periodEnd(a), periodEnd(b)];
	return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Timeline entries for `facts` (ids; default every fact), sorted. Undated facts and facts about
 * the sources are skipped; a fact merged into another is shown with it even when only one of the
 * two is listed.
 */
export function timelineEntries(catalog: Catalog, ids?: string[]): TimelineEntry[] {
	const wanted = (ids ?? catalog.facts.map((f) => f.id))
		.map((id) => catalog.factById.get(id))
		.filter((f): f is Fact & { date: NonNullable<Fact['date']> } => !!f?.date)
		.filter((f) => f.about !== 'sources');
	const groups = new Map<string, Fact[]>();
	for (const f of catalog.facts) {
		const main = f.date?.same_as;
		if (main) groups.set(main, [...(groups.get(main) ?? []), f]);
	}
	const entries = new Map<string, TimelineEntry>();
	for (const f of wanted) {
		const main = (f.date.same_as && catalog.factById.get(f.date.same_as)) || f;
		if (entries.has(main.id)) continue;
		const members = [main, ...(groups.get(main.id) ?? [])];
		entries.set(main.id, {
			id: main.id,
			date: main.date!.value,
			event: main.date!.event ?? main.statement,
			topics: [...new Set(members.flatMap((m) => m.topics))],
			contested: members.some((m) => m.contested),
			evidence: distinct(
				evidenceLinks(
					catalog,
					members.map((m) => m.id)
				)
			)
		});
	}
	return [...entries.values()].sort((a, b) => byPeriod(a.date, b.date) || a.id.localeCompare(b.id));
}

/** One link per quote, with each source's first quote ahead of repeats from the same source. */
function distinct(links: EvidenceLink[]): EvidenceLink[] {
	const seen = new Set<string>();
	const unique = links.filter((l) => {
		const key = `${l.source}\n${l.quote}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	const sources = new Set<string>();
	const first: EvidenceLink[] = [];
	const rest: EvidenceLink[] = [];
	for (const l of unique) {
		(sources.has(l.source) ? rest : first).push(l);
		sources.add(l.source);
	}
	return [...first, ...rest];
}
