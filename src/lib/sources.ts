/**
 * How every page names and describes a source, from one place: its short name (front matter
 * `name`, e.g. "CNN copy, 16 Aug 2022"), what kind of text it is, and who published it. The
 * home page, the sources pages, quotes' "Show in the article" links, the timeline and the
 * explainers all call these, so one file is never called three different things.
 */
import { formatDate, PAGE_LOCALE } from './dates';

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
		`${s.outlet ?? 'Unnamed source'}, ${formatDate(s.published.date, PAGE_LOCALE, 'short')}`
	);
}

/** What kind of text it is, as a badge says it: never "original" for a second-hand report. */
export function originLabel(origin: SourceLabelInput['origin']): string {
	switch (origin.kind) {
		case 'original':
			return origin.second_hand ? 'Second-hand report' : 'Original report';
		case 'spun-rewrite':
			return 'Machine-spun rewrite';
		case 'machine-translation':
			return 'Machine translation';
		case 'translation': {
			const from = origin.from_language && languageName(origin.from_language);
			return from ? `Translated from ${from}` : 'Translation';
		}
	}
}

/** Who published it, and how we know: stated outlets as they are, inferred ones said so. */
export function outletLabel(s: SourceLabelInput): string {
	if (!s.outlet) return 'Not named in the text';
	return s.outlet_basis === 'inferred'
		? `${s.outlet} (inferred: the text never names it)`
		: s.outlet;
}

function languageName(code: string): string | undefined {
	try {
		return new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
	} catch {
		return undefined;
	}
}
