/**
 * What pages print for dates, topics, sources and quotes: one place for each label, and no label
 * made by mangling an id.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, PAGE_LOCALE, readerLocale } from '../../src/lib/dates';
import { htmlLang } from '../../src/lib/i18n';
import { originLabel, outletLabel, sourceName } from '../../src/lib/sources';
import { fold, quoted } from '../../src/lib/text';
import { tagLabel } from '../../src/lib/tags';
import { catalog, topic } from './topic';

describe('dates', () => {
	it('keep the precision the content gives: year, month or day', () => {
		expect(formatDate('2022')).toBe('2022');
		expect(formatDate('2022-07')).toBe('July 2022');
		expect(formatDate('2022-03-05')).toBe('5 March 2022');
		expect(formatDate('2022-08-16', 'en-GB', 'short')).toBe('16 Aug 2022');
	});

	it('are formatted with Intl for the locale asked, never hand-built', () => {
		expect(formatDate('2022-03-05', 'en-US')).toBe('March 5, 2022');
		expect(formatDate('2022-07', 'de')).toBe('Juli 2022');
	});

	it("server rendering uses the page's language, which is <html lang>", () => {
		// hooks.server.ts fills %lang% with htmlLang(locale): en-GB (PAGE_LOCALE) for English.
		const html = readFileSync('src/app.html', 'utf8');
		expect(html).toContain('<html lang="%lang%">');
		expect(htmlLang('en')).toBe(PAGE_LOCALE);
		expect(htmlLang('es')).toBe('es');
	});

	it("the reader's locale is their variant of the page's language, else the page's own", () => {
		expect(readerLocale(['en-US', 'fr'])).toBe('en-US');
		expect(readerLocale(['fr-FR', 'en-AU'])).toBe('en-AU');
		expect(readerLocale(['de-DE'])).toBe(PAGE_LOCALE);
		expect(readerLocale([])).toBe(PAGE_LOCALE);
		expect(readerLocale(['en-!!'])).toBe(PAGE_LOCALE);
	});
});

describe('tag labels', () => {
	it('keep acronyms instead of capitalising the id ("Us politics")', () => {
		expect(tagLabel('us-politics')).toBe('US politics');
		expect(tagLabel('eu-trade-talks')).toBe('EU trade talks');
		expect(tagLabel('oil-and-sanctions')).toBe('Oil and sanctions');
	});

	it("use the topic's written label when it has one", () => {
		expect(tagLabel('visit-2022', topic.meta.tags)).toBe('The March 2022 visit');
		expect(tagLabel('us-politics', { 'us-politics': 'Politics in Washington' })).toBe(
			'Politics in Washington'
		);
	});
});

describe('sources', () => {
	it('each has one short name, and every contested version is labelled with it', () => {
		const names = new Map(catalog.sources.map((s) => [s.id, sourceName(s)]));
		expect(new Set(names.values()).size).toBe(catalog.sources.length);
		const misnamed = catalog.facts.flatMap((f) => {
			const versions = f.contested?.versions ?? [];
			// Versions within one source ("Headline", "Body text") need no source name.
			const one = new Set(versions.flatMap((v) => v.evidence.map((e) => e.source))).size === 1;
			return one
				? []
				: versions
						.filter((v) => {
							const stems = v.evidence.map((e) => names.get(e.source)!.split(',')[0]!);
							return !stems.some((stem) => v.label.startsWith(stem));
						})
						.map((v) => `${f.id}: "${v.label}"`);
		});
		expect(misnamed).toEqual([]);
	});

	it('without a name, a source is called by its outlet and date', () => {
		const s = { outlet: 'CNN', published: { date: '2022-08-16' }, origin: { kind: 'original' } };
		expect(sourceName(s as Parameters<typeof sourceName>[0])).toBe('CNN, 16 Aug 2022');
	});

	it('a second-hand report is never badged "Original report"', () => {
		expect(originLabel({ kind: 'original' })).toBe('Original report');
		expect(originLabel({ kind: 'original', second_hand: true })).toBe('Second-hand report');
		expect(originLabel({ kind: 'translation', from_language: 'es' })).toBe(
			'Translated from Spanish'
		);
		for (const s of catalog.sources)
			if (/second-hand/i.test(s.origin.notes))
				expect(originLabel(s.origin), s.id).not.toBe('Original report');
	});

	it('an inferred outlet says so, and a copy that names no publisher is not credited to one', () => {
		expect(outletLabel({ ...base, outlet: 'CNN', outlet_basis: 'stated' })).toBe('CNN');
		expect(outletLabel({ ...base, outlet: 'The Post', outlet_basis: 'inferred' })).toMatch(
			/^The Post \(inferred/
		);
		const spun = catalog.sources.filter((s) => s.origin.kind === 'spun-rewrite');
		expect(spun.length).toBeGreaterThan(0);
		for (const s of spun) expect(outletLabel(s)).toBe('Not named in the text');
	});
});

const base = { published: { date: '2022' }, origin: { kind: 'original' as const } };

describe('quotes', () => {
	it('get one pair of quotation marks; the marks they hold become inner ones', () => {
		expect(quoted('Since 2019, the US')).toBe('“Since 2019, the US”');
		expect(quoted('“Whenever we talk,” he said')).toBe('“‘Whenever we talk,’ he said”');
		expect(quoted('"Whenever"')).toBe('"Whenever"');
		expect(quoted('the so-called “Citgo 6,”')).toBe('“the so-called ‘Citgo 6,’”');
	});

	it('matching what someone types ignores case and accents', () => {
		expect(fold('Guaidó')).toBe('guaido');
		expect(fold('NICOLÁS')).toBe('nicolas');
	});
});
