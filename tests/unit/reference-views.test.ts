/**
 * The reference pages' views: the timeline (order at each date's precision, merged events, no
 * facts about the articles), who's who (groups, surnames, other spellings), the way back from an
 * article, and page furniture in stored texts.
 */
import { describe, expect, it } from 'vitest';
import { returnPath, safeReturnPath, withFrom } from '../../src/lib/links';
import { readTree } from '../../src/lib/server/content/read-tree';
import { backLink } from '../../src/lib/server/views/back-link';
import { isFurniture } from '../../src/lib/server/views/furniture';
import { byPeriod, timelineEntries } from '../../src/lib/server/views/timeline';
import { isShortForm, surnameOf, whoGroups } from '../../src/lib/server/views/who';
import { buildTopic, FIXTURES } from './fixtures';
import { catalog } from './topic';

/** The valid fixture tree with extra fact files laid over it. */
function withFacts(yaml: string) {
	return buildTopic({ ...readTree(`${FIXTURES}valid`), 'facts/extra.yaml': yaml });
}

describe('the timeline', () => {
	it('sorts a year- or month-only date at the end of its period, not before dated events', () => {
		const dates = ['2022', '2022-03-05', '2021', '2022-03', '2022-08-16', '2022-03-31'];
		expect([...dates].sort(byPeriod)).toEqual([
			'2021',
			'2022-03-05',
			'2022-03-31',
			'2022-03',
			'2022-08-16',
			'2022'
		]);
	});

	it('lists the real events in that order, with nothing undated or out of place', () => {
		const entries = timelineEntries(catalog);
		const sorted = [...entries].sort((a, b) => byPeriod(a.date, b.date));
		expect(entries.map((e) => e.date)).toEqual(sorted.map((e) => e.date));
		// "In July 2022…" (a 2022 fact) no longer sits above March 2022.
		const year2022 = entries.findIndex((e) => e.date === '2022');
		const march = entries.findIndex((e) => e.date.startsWith('2022-03'));
		expect(year2022).toBeGreaterThan(march);
	});

	it('leaves out facts about the articles themselves but keeps events about events', () => {
		const shown = new Set(timelineEntries(catalog).map((e) => e.id));
		const aboutSources = catalog.facts.filter((f) => f.about === 'sources' && f.date);
		expect(aboutSources.length).toBeGreaterThan(0);
		for (const f of aboutSources) expect(shown.has(f.id), f.id).toBe(false);
		// Biden's term ending is an event, though a source-critical fact reports it.
		expect(shown.has('elc-wsj-urgency-biden-term')).toBe(true);
	});

	it('shows one entry for facts that report the same event, with the quotes of both', () => {
		const merged = catalog.facts.filter((f) => f.date?.same_as);
		expect(merged.length).toBeGreaterThan(0);
		const entries = timelineEntries(catalog);
		for (const f of merged) {
			expect(entries.some((e) => e.id === f.id)).toBe(false);
			const main = entries.find((e) => e.id === f.date!.same_as)!;
			const quotes = main.evidence.map((l) => l.quote);
			for (const e of f.evidence ?? []) expect(quotes).toContain(e.quote);
		}
		const keys = entries.map((e) => `${e.date} ${e.event}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('keeps contested dated facts, marked', () => {
		const { catalog: c, errors } = withFacts(`facts:
  - id: opening-contested
    statement: Reports differ on the opening.
    topics: [library]
    date: { value: '2021-05', precision: month, event: Library opening reported }
    contested:
      kind: disagreement
      note: One line says one thing, another says another.
      versions:
        - label: Opening line
          says: It opened in May 2021.
          evidence: [{ source: port-ellis-library, quote: 'opened its new library on 4 May 2021' }]
        - label: Later line
          says: It held more books by 2023.
          evidence: [{ source: port-ellis-library, quote: 'the library held 15,000 books by 2023' }]
`);
		expect(errors).toEqual([]);
		const entry = timelineEntries(c).find((e) => e.id === 'opening-contested');
		expect(entry).toMatchObject({ contested: true, date: '2021-05' });
		expect(timelineEntries(c).find((e) => e.id === 'library-opened')?.contested).toBe(false);
	});

	it('a same_as that names an unknown fact, another date or a chain is an error', () => {
		const { errors } = withFacts(`facts:
  - id: a-opened
    statement: The library opened.
    topics: [library]
    date: { value: '2021-05-05', precision: day, same_as: library-opened }
    evidence: [{ source: port-ellis-library, quote: 'opened its new library' }]
  - id: b-opened
    statement: The library opened.
    topics: [library]
    date: { value: '2021-05-04', precision: day, same_as: nowhere }
    evidence: [{ source: port-ellis-library, quote: 'opened its new library' }]
`);
		const same = errors.filter((e) => e.rule === 'same-event').map((e) => e.message);
		expect(same).toEqual([
			'"library-opened" is dated 2021-05-04, not 2021-05-05: the same event has one date',
			'no fact has the id "nowhere"'
		]);
	});
});

describe("who's who", () => {
	const groups = whoGroups(catalog);

	it('groups by side, in reading order, with every entity once', () => {
		expect(groups.slice(0, 4).map((g) => g.name)).toEqual([
			'US government',
			'Venezuelan government',
			'Venezuelan opposition',
			'Detainees and families'
		]);
		expect(groups.flatMap((g) => g.entries).length).toBe(catalog.entities.length);
	});

	it('sorts people by surname within a group (Maduro under M, not N)', () => {
		const venezuela = groups.find((g) => g.name === 'Venezuelan government')!;
		const people = venezuela.entries.filter((e) => e.kind === 'person').map((e) => e.name);
		expect(people).toEqual([
			'Diosdado Cabello',
			'Cilia Flores',
			'Nicolás Maduro',
			'Delcy Rodríguez',
			'Jorge Rodríguez',
			'Alex Saab'
		]);
		expect(surnameOf({ name: 'Edmundo González Urrutia', surname: 'González Urrutia' })).toBe(
			'González Urrutia'
		);
		const opposition = groups.find((g) => g.name === 'Venezuelan opposition')!;
		expect(opposition.entries.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([
			'Gerardo Blyde',
			'Edmundo González Urrutia',
			'Juan Guaidó'
		]);
	});

	it('a surname alone (or other words of the name) is not "another spelling"', () => {
		expect(isShortForm('Maduro', 'Nicolás Maduro')).toBe(true);
		expect(isShortForm('White House', 'The White House')).toBe(true);
		expect(isShortForm('Nicolas Maduro', 'Nicolás Maduro')).toBe(false);
		expect(isShortForm('Guaido', 'Juan Guaidó')).toBe(false);
		const maduro = groups.flatMap((g) => g.entries).find((e) => e.id === 'nicolas-maduro')!;
		expect(maduro.aliases.map((a) => a.text)).toEqual(['Nicolas Maduro']);
	});
});

describe('the way back from an article', () => {
	it('accepts only paths on this site', () => {
		expect(safeReturnPath('/explainers/a/b?present#fact-c')).toBe('/explainers/a/b?present#fact-c');
		for (const bad of [
			'//evil.example/x',
			'/\\evil.example',
			'https://evil.example/',
			'javascript:alert(1)',
			'explainers/a',
			'/a\nb',
			'/a b',
			'',
			null,
			`/${'x'.repeat(3000)}`
		])
			expect(safeReturnPath(bad), String(bad)).toBeNull();
	});

	it('adds from= before the fragment, and leaves links alone without a safe path', () => {
		expect(withFrom('/sources/s?fact=f#quote-1', '/explainers/x/y#fact-f')).toBe(
			'/sources/s?fact=f&from=%2Fexplainers%2Fx%2Fy%23fact-f#quote-1'
		);
		expect(withFrom('/sources/s?fact=f#quote-1', '//evil')).toBe('/sources/s?fact=f#quote-1');
	});

	it('drops form action keys from the page it returns to', () => {
		expect(returnPath(new URL('http://x/explainers/a/b?/check'))).toBe('/explainers/a/b');
		expect(returnPath(new URL('http://x/quiz/play?t=abc&/answer'), 'q')).toBe('/quiz/play?t=abc#q');
	});

	it('names where it leads', () => {
		const x = catalog.explainers[0]!;
		const step = x.steps[1]!;
		const t = '/topics/us-venezuela-2019-2025';
		expect(backLink(catalog, `${t}/explainers/${x.id}/${step.id}#fact-z`)).toEqual({
			href: `${t}/explainers/${x.id}/${step.id}#fact-z`,
			label: `Back to the step “${step.title}”`
		});
		expect(backLink(catalog, `${t}/quiz/play?t=abc`)?.label).toBe('Back to your quiz question');
		expect(backLink(catalog, `${t}/timeline?topic=amnesty#event-x`)?.label).toBe(
			'Back to the timeline'
		);
		expect(backLink(catalog, 'https://evil.example')).toBeNull();
	});
});

describe('page furniture', () => {
	it('marks scraped lines that are not part of the article', () => {
		expect(isFurniture('Advertisement')).toBe(true);
		expect(isFurniture(' Story continues below advertisement ')).toBe(true);
		expect(isFurniture('Advertisement revenue fell.')).toBe(false);
	});
});
