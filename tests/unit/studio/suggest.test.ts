/**
 * Fact suggestions on the seed articles as stored in questions/: concrete sentences get the date
 * (with its precision), figure and people an author would type, and the quote of every
 * suggestion is the stored body's text at its offsets.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/server/content/build-catalog';
import { normalize } from '../../../src/lib/server/content/normalize';
import { readTree } from '../../../src/lib/server/content/read-tree';
import { TOPIC, TOPIC_DIR } from './temp-topic';
import { findDates } from '../../../src/lib/server/studio/suggest/dates';
import { findFigures } from '../../../src/lib/server/studio/suggest/figures';
import { findPeople } from '../../../src/lib/server/studio/suggest/people';
import { statementFrom } from '../../../src/lib/server/studio/suggest/statement';
import { splitSentences } from '../../../src/lib/server/studio/suggest/sentences';
import { suggestFacts, type Suggestion } from '../../../src/lib/server/studio/suggest/suggest';

const { catalog } = buildCatalog(readTree(TOPIC_DIR), `questions/${TOPIC}`);
const taken = new Set(catalog.facts.map((f) => f.id));

function suggestionsFor(id: string): Suggestion[] {
	const s = catalog.sourceById.get(id)!;
	return suggestFacts({
		body: s.text,
		published: s.published.date,
		entities: catalog.entities,
		taken
	});
}

function containing(list: Suggestion[], words: string): Suggestion {
	const hit = list.find((s) => s.quote.includes(words));
	expect(hit, `a suggestion quoting "${words}"`).toBeDefined();
	return hit!;
}

describe('suggestions on the seed articles', () => {
	it('dates the BTN report by its year of publication, at day precision', () => {
		const s = containing(suggestionsFor('amnesty-offer-2024-btn'), 'held on July 28');
		expect(s.date).toEqual({ value: '2024-07-28', precision: 'day' });
		// "November" in a 2024 article is November 2024, not the November nearest 1 January
		const nov = containing(suggestionsFor('amnesty-offer-2024-btn'), 'election in November');
		expect(nov.date).toEqual({ value: '2024-11', precision: 'month' });
	});

	it('keeps month precision and the stated year in the Washington Post report', () => {
		const s = containing(suggestionsFor('caracas-visit-2022-03'), 'in November 2017');
		expect(s.date).toEqual({ value: '2017-11', precision: 'month' });
	});

	it('reads a range of prisoners and the people of the Blanco interview', () => {
		const s = containing(suggestionsFor('blanco-interview-2025'), 'between 29 and 50');
		expect(s.number).toEqual({ value: 29, max: 50, unit: 'foreign political prisoners' });
		expect(s.people.map((p) => p.entity)).toEqual(
			expect.arrayContaining(['mauricio-claver-carone', 'nicolas-maduro', 'nayib-bukele'])
		);
	});

	it('reads money and a role given by apposition', () => {
		const btn = suggestionsFor('amnesty-offer-2024-btn');
		expect(containing(btn, '$15 million reward').number).toEqual({
			value: 15_000_000,
			unit: 'US dollars'
		});
		expect(containing(btn, 'Jorge Rodríguez, the president').people[0]).toEqual({
			entity: 'jorge-rodriguez',
			role: 'president of the Venezuelan National Assembly'
		});
		expect(containing(btn, 'over 80 percent').number).toEqual({
			value: 80,
			unit: 'percent',
			approximate: true
		});
	});

	it('quotes the stored body exactly, at the offsets it gives, with fresh ids', () => {
		for (const source of catalog.sources) {
			const list = suggestionsFor(source.id);
			expect(list.length).toBeGreaterThan(3);
			for (const s of list) {
				expect(source.text.slice(s.start, s.end)).toBe(s.quote);
				expect(normalize(source.text)).toContain(normalize(s.quote));
				expect(taken.has(s.id)).toBe(false);
			}
			expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
		}
	});

	it('leaves out sentences the author rejected', () => {
		const all = suggestionsFor('caracas-visit-2022-03');
		const s = catalog.sourceById.get('caracas-visit-2022-03')!;
		const rejected = new Set([all[0]!.quote]);
		const rest = suggestFacts({
			body: s.text,
			published: s.published.date,
			entities: catalog.entities,
			taken,
			rejected
		});
		expect(rest.map((r) => r.quote)).not.toContain(all[0]!.quote);
		expect(rest).toHaveLength(all.length - 1);
	});
});

describe('the readers on their own', () => {
	it('splits sentences within a line only, keeping initials and "U.S. Department" together', () => {
		const body = 'Daniel P. Erikson leads. The U.S. Department of Justice agreed.\nNext line here.';
		expect(splitSentences(body).map((s) => s.text)).toEqual([
			'Daniel P. Erikson leads.',
			'The U.S. Department of Justice agreed.',
			'Next line here.'
		]);
		expect(splitSentences('A deal with the U.S. The end.').map((s) => s.text)).toEqual([
			'A deal with the U.S.',
			'The end.'
		]);
	});

	it('drops weekdays and durations, caps relative dates at the reference precision', () => {
		expect(findDates('He said Wednesday that talks lasted for two hours.', '2022-03-11')).toEqual(
			[]
		);
		expect(findDates('Elections took place last year.', '2022-08')).toMatchObject([
			{ value: '2021', precision: 'year' }
		]);
		expect(findDates('Relations broke off in 2019.', undefined)).toMatchObject([
			{ value: '2019', precision: 'year' }
		]);
		// a spun copy's "this 12 months" (for "this year") is a span, not a date 12 months back
		expect(findDates('Officials went to Caracas thrice this 12 months.', '2022-08-16')).toEqual([]);
		expect(findDates('They were held for 12 months.', '2022-08-16')).toEqual([]);
		// "now" is the moment of writing, and the verb "sat" is not Saturday
		expect(findDates('Talks now overshadow the negotiations.', '2022-08-16')).toEqual([]);
		expect(findDates('The US has sat down to talk with Hamas.', '2025-03')).toEqual([]);
		// without a reference, a date without its year cannot be placed
		expect(findDates('It happened on July 28.', undefined)).toEqual([]);
	});

	it('names what is counted, not a word that qualifies the count', () => {
		expect(
			findFigures('CNN learned that at least three different US residents have been detained.')
		).toMatchObject([{ value: 3, unit: 'US residents', approximate: true }]);
	});

	it('drafts a statement without the dateline or the connective that tie it to the page', () => {
		expect(statementFrom('Bogota (CNN) The number of US citizens detained is rising.')).toBe(
			'The number of US citizens detained is rising.'
		);
		expect(statementFrom('Yet the White House has sent officials three times.')).toBe(
			'The White House has sent officials three times.'
		);
		expect(statementFrom('However, the situation is complicated.')).toBe(
			'The situation is complicated.'
		);
		expect(statementFrom('Butterflies migrate.')).toBe('Butterflies migrate.');
	});

	it("gives a person's role from an apposition, never an organisation's description", () => {
		const entities = [
			{ id: 'jr', name: 'Jorge Rodríguez', aliases: [], kind: 'person' as const },
			{ id: 'opp', name: 'opposition', aliases: [], kind: 'organisation' as const }
		];
		expect(
			findPeople(
				'Talks with the opposition, a slow-moving process so far, went on; Jorge Rodríguez, the president of the National Assembly, said so.',
				entities
			).entities
		).toEqual([{ entity: 'opp' }, { entity: 'jr', role: 'president of the National Assembly' }]);
		const maduro = [{ id: 'nm', name: 'Maduro', aliases: [], kind: 'person' as const }];
		expect(
			findPeople('If officials talk with Maduro, the opposition could be weakened.', maduro)
				.entities
		).toEqual([{ entity: 'nm' }]);
		const guaido = [{ id: 'jg', name: 'Guaidó', aliases: [], kind: 'person' as const }];
		expect(
			findPeople(
				'Guaidó, the Colombian government and other partners, he said, were blindsided.',
				guaido
			).entities
		).toEqual([{ entity: 'jg' }]);
	});

	it('reads the currency from its symbol, and a number in a name is not a count', () => {
		expect(findFigures('The council will spend £2.1 million, officials said.')).toMatchObject([
			{ value: 2100000, unit: 'pounds sterling', text: '£2.1 million' }
		]);
		expect(findFigures('A Year 9 pupil started the petition.')).toEqual([]);
		// a relative date after publication is a plan, not the event reported
		expect(findDates('Work will start in six weeks.', '2024-03-14')).toEqual([]);
	});

	it('leaves out a single thing and a spun "this 12 months" as figures', () => {
		expect(findFigures('“Mexico is there,” said one opposition source.')).toEqual([]);
		expect(findFigures('Officials went there thrice this 12 months.')).toEqual([]);
		expect(findFigures('He paid $1 for it.')).toMatchObject([{ value: 1, unit: 'US dollars' }]);
	});

	it('needs a counted noun after a number, and skips dates and ordinals', () => {
		expect(findFigures('The first time he could bet on 5 to 1.')).toEqual([]);
		const dates = findDates('On March 5 nine Americans were held.', '2022-03-11');
		expect(findFigures('On March 5 nine Americans were held.', dates)).toMatchObject([
			{ value: 9, unit: 'Americans' }
		]);
	});
});
