/**
 * How every page names and describes a source, from one place: its short name (front matter
 * `name`, e.g. "CNN copy, 16 Aug 2022"), what kind of text it is, and who published it. The
 * home page, the sources pages, quotes' "Show in the article" links, the timeline and the
 * explainers all call these, so one file is never called three different things.
 */
import { formatDate } from './dates';
import { getLocale, htmlLang } from './i18n';
import { m } from './paraglide/messages.js';

/** The parts of a source (content schema, SourceMeta) that its labels come from. */
export interface SourceLabelInput {
	name?: string;
	outlet?: string | null;
	outlet_basis?: 'stated' | 'inferred';
	published: { date: string };
	origin: {
		kind: 'original' | 'spun-rewrite' | 'machine-translation' | 'translation';
		second_hand?: boolean;
		from_language?: string;
	};
}

/** The source's one short name; without a `name`, its outlet (or "Unnamed source") and date. */
export function sourceName(s: SourceLabelInput): string {
	return (
		s.name ??
		`${s.outlet ?? m.source_unnamed()}, ${formatDate(s.published.date, htmlLang(), 'short')}`
	);
}

/** What kind of text it is, as a badge says it: never "original" for a second-hand report. */
export function originLabel(origin: SourceLabelInput['origin']): string {
	switch (origin.kind) {
		case 'original':
			return origin.second_hand ? m.origin_second_hand() : m.origin_original();
		case 'spun-rewrite':
			return m.origin_spun();
		case 'machine-translation':
			return m.origin_machine_translation();
		case 'translation': {
			const from = origin.from_language && languageName(origin.from_language);
			return from ? m.origin_translated_from({ language: from }) : m.origin_translation();
		}
	}
}

/** Who published it, and how we know: stated outlets as they are, inferred ones said so. */
export function outletLabel(s: SourceLabelInput): string {
	if (!s.outlet) return m.outlet_not_named();
	return s.outlet_basis === 'inferred' ? m.outlet_inferred({ outlet: s.outlet }) : s.outlet;
}

function languageName(code: string): string | undefined {
	try {
		return new Intl.DisplayNames([getLocale()], { type: 'language' }).of(code);
	} catch {
		return undefined;
	}
}

/** A reliability level in the interface language ("high", "alta"); an unknown one as it is. */
export function reliabilityLevel(reliability: string): string {
	const level: Record<string, () => string> = {
		high: m.reliability_high,
		medium: m.reliability_medium,
		low: m.reliability_low
	};
	return level[reliability]?.() ?? reliability;
}

/** A source's reliability as its badge says it ("Reliability: high"). */
export function reliabilityLabel(reliability: 'high' | 'medium' | 'low'): string {
	return m.reliability_label({ level: reliabilityLevel(reliability) });
}
