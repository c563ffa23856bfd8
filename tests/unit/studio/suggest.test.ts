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
import { mainDate } from '../../../src/lib/server/studio/suggest/main-date';
import { isGarbled, isGarbledCopy } from '../../../src/lib/server/studio/suggest/garbled';
import { resolveSubject } from '../../../src/lib/server/studio/suggest/reference';
import { anchorRelativeDates } from '../../../src/lib/server/studio/suggest/relative';
import { findFigures } from '../../../src/lib/server/studio/suggest/figures';
import { findPeople } from '../../../src/lib/server/studio/suggest/people';
import { statementFrom } from '../../../src/lib/server/studio/suggest/statement';
import { splitSentences } from '../../../src/lib/server/studio/suggest/sentences';
import { suggestFacts, type Suggestion } from '../../../src/lib/server/studio/suggest/suggest';
import { anchorNow } from '../../../src/lib/server/studio/suggest/as-of';
import { settleReferences } from '../../../src/lib/server/studio/suggest/dangling';
import { readsAsEnglish } from '../../../src/lib/server/studio/suggest/translated';

const { catalog } = buildCatalog(readTree(TOPIC_DIR), `questions/${TOPIC}`);
const taken = new Set(catalog.facts.map((f) => f.id));
const ozone = buildCatalog(readTree('questions/ozone-layer'), 'questions/ozone-layer').catalog;

/** The sentence of source `id` that contains `words`, as stored. */
function sentenceOf(id: string, words: string): string {
	const hit = splitSentences(catalog.sourceById.get(id)!.text).find((s) => s.text.includes(words));
	expect(hit, `a sentence with "${words}"`).toBeDefined();
	return hit!.text;
}

function suggestionsFor(id: string, from = catalog): Suggestion[] {
	const s = from.sourceById.get(id)!;
	return suggestFacts({
		body: s.text,
		published: s.published.date,
		origin: s.origin.kind,
		entities: from.entities,
		taken
	});
}

/** The draft statement of the sentence with `words`, its references resolved as suggest does. */
function draftOf(id: string, words: string): string | null {
	const source = catalog.sourceById.get(id)!;
	const all = splitSentences(source.text);
	const i = all.findIndex((x) => x.text.includes(words));
	expect(i, `a sentence with "${words}"`).toBeGreaterThanOrEqual(0);
	const earlier = source.text.slice(0, all[i]!.start);
	const s = resolveSubject(
		statementFrom(all[i]!.text),
		all[i - 1]?.text ?? '',
		earlier,
		catalog.entities
	);
	return s;
}

function containing(list: Suggestion[], words: string): Suggestion {
	const hit = list.find((s) => s.quote.includes(words));
	expect(hit, `a suggestion quoting "${words}"`).toBeDefined();
	return hit!;
}

describe('suggestions on the seed articles', () => {
	it('dates the BTN report by its year of publication, at day precision', () => {
		const s = sentenceOf('amnesty-offer-2024-btn', 'held on July 28');
		const dates = findDates(s, '2024');
		expect(dates).toMatchObject([{ value: '2024-07-28', precision: 'day' }]);
		// the date is the elections' ("following the … elections held on"), not the tensions'
		expect(mainDate(s, dates, '2024')).toBeUndefined();
		// a statement written from it gives the year the source leaves to its reader
		expect(anchorRelativeDates(statementFrom(s), '2024')).toMatch(
			/elections held on 28 July 2024\.$/
		);
		// "November" in a 2024 article is November 2024, not the November nearest 1 January (the
		// sentence itself leans on "these negotiations", so it is not offered: read it directly)
		const nov = sentenceOf('amnesty-offer-2024-btn', 'election in November');
		expect(findDates(nov, '2024')).toMatchObject([{ value: '2024-11', precision: 'month' }]);
	});

	it('keeps month precision and the stated year in the Washington Post report', () => {
		const s = sentenceOf('caracas-visit-2022-03', 'in November 2017');
		expect(findDates(s, '2022-03-11')[0]).toMatchObject({ value: '2017-11', precision: 'month' });
	});

	it('reads a range of prisoners and the people of the Blanco interview', () => {
		const s = sentenceOf('blanco-interview-2025', 'between 29 and 50');
		expect(findFigures(s)[0]).toMatchObject({
			value: 29,
			max: 50,
			unit: 'foreign political prisoners'
		});
		// its "Grenelll" and its three claims in 60 words: no statement to offer
		const blanco = suggestionsFor('blanco-interview-2025');
		expect(blanco.some((x) => x.quote === s)).toBe(false);
		expect(findPeople(s, catalog.entities).entities.map((p) => p.entity)).toEqual(
			expect.arrayContaining(['mauricio-claver-carone', 'nicolas-maduro', 'nayib-bukele'])
		);
	});

	it('reads money and a role given by apposition', () => {
		const btn = suggestionsFor('amnesty-offer-2024-btn');
		// these two sentences lean on "This is" and "these talks", so they are read directly
		expect(findFigures(sentenceOf('amnesty-offer-2024-btn', '$15 million reward'))).toMatchObject([
			{ value: 15_000_000, unit: 'US dollars' }
		]);
		const rodriguez = sentenceOf('amnesty-offer-2024-btn', 'Jorge Rodríguez, the president');
		expect(findPeople(rodriguez, catalog.entities).entities[0]).toEqual({
			entity: 'jorge-rodriguez',
			role: 'president of the Venezuelan National Assembly'
		});
		// "over 80 percent" is a lower bound, not an estimate: the schema has no field for a
		// bound, so no number is typed (and "the voting records" of an unnamed election: not offered)
		const over = sentenceOf('amnesty-offer-2024-btn', 'over 80 percent');
		expect(findFigures(over)).toEqual([
			{ value: 80, unit: 'percent', bound: 'lower', text: '80 percent', index: over.indexOf('80') }
		]);
		expect(btn.some((x) => x.quote === over)).toBe(false);
	});

	it('quotes the stored body exactly, at the offsets it gives, with fresh ids', () => {
		let all = 0;
		for (const source of catalog.sources) {
			const list = suggestionsFor(source.id);
			all += list.length;
			for (const s of list) {
				expect(source.text.slice(s.start, s.end)).toBe(s.quote);
				expect(normalize(source.text)).toContain(normalize(s.quote));
				expect(taken.has(s.id)).toBe(false);
			}
			expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
		}
		expect(all).toBeGreaterThan(5);
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
		).toEqual([expect.objectContaining({ value: 3, unit: 'US residents', bound: 'lower' })]);
		expect(findFigures('At least three residents left.')[0]?.approximate).toBeUndefined();
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

describe('statements that stand on their own', () => {
	it('names the one person before a leading "He", and leaves out what leans on "this" or "he"', () => {
		const cnn = suggestionsFor('detainees-2022-08-cnn');
		expect(draftOf('detainees-2022-08-cnn', 'He has demanded the lifting')).toMatch(
			/^Nicolás Maduro has demanded the lifting of oil embargoes/
		);
		// "he" with no person in the sentence, "This is", "these talks": no statement as it stands
		expect(cnn.some((s) => s.quote.startsWith('In March he visited'))).toBe(false);
		const btn = suggestionsFor('amnesty-offer-2024-btn');
		expect(btn.some((s) => s.quote.startsWith('This is a significant offer'))).toBe(false);
		expect(btn.some((s) => s.quote.includes('key figure in these talks'))).toBe(false);
		// two people before it: "He" could be either
		expect(
			resolveSubject('He spoke.', 'Joe Farman met Brian Gardiner.', '', ozone.entities)
		).toBeNull();
	});

	it('gives "The survey" and "The panel" the names they shorten, and drops an unnamed one', () => {
		const discovery = suggestionsFor('ozone-hole-discovery-2025', ozone);
		expect(containing(discovery, 'The survey had measured ozone').statement).toMatch(
			/^The British Antarctic Survey had measured ozone at its Halley research station/
		);
		const panel = splitSentences(ozone.sourceById.get('ozone-assessment-2023')!.text).find((x) =>
			x.text.startsWith('The panel also looked')
		)!.text;
		expect(
			resolveSubject(
				statementFrom(panel),
				'',
				'The Scientific Assessment Panel of the Montreal Protocol met.',
				[]
			)
		).toMatch(/^The Scientific Assessment Panel of the Montreal Protocol looked at the eruption/);
		expect(resolveSubject('The instrument was a Dobson spectrophotometer.', '', '', [])).toBeNull();
		// "The 2022 edition" of something only named earlier, and never named: no statement
		expect(resolveSubject('The 2022 edition is backed by NASA.', '', 'Nothing.', [])).toBeNull();
		// a body named in full once is named in full again in the middle of a statement
		expect(draftOf('caracas-visit-2022-03', 'Maduro met with the delegation')).toMatch(
			/^Maduro met with the U\.S\. delegation for two hours/
		);
		// a description that is an entity of the topic stands on its own
		expect(
			resolveSubject('The opposition has published the results.', '', '', catalog.entities)
		).toBe('The opposition has published the results.');
		// "On its largest single day, it covered…", "…two years after the discovery, they agreed"
		const ozoneList = suggestionsFor('ozone-assessment-2023', ozone);
		expect(ozoneList.some((s) => s.quote.startsWith('On its largest single day'))).toBe(false);
		expect(discovery.some((s) => s.quote.includes('after the discovery, they agreed'))).toBe(false);
	});

	it('drafts without the page line, the byline, a list dash or an inner "in addition"', () => {
		expect(statementFrom('date 2022-03-11 The rare U.S. visit was a shift.')).toBe(
			'The rare U.S. visit was a shift.'
		);
		expect(statementFrom('BTN News: In the midst of the crisis, tensions grew.')).toBe(
			'In the midst of the crisis, tensions grew.'
		);
		// a list item headed by place and year reads as a sentence
		expect(statementFrom('- Copenhagen, 1992: the rules were tightened.')).toBe(
			'In Copenhagen in 1992, the rules were tightened.'
		);
		expect(findDates('- London, 1990: countries agreed to stop by 2000.', '2009-09')).toMatchObject(
			[{ value: '1990' }, { value: '2000' }]
		);
		expect(statementFrom('The ruler, in addition, is accused since 2020.')).toBe(
			'The ruler is accused since 2020.'
		);
		expect(statementFrom('A year later, in 1987, instruments found chlorine.')).toBe(
			'In 1987, instruments found chlorine.'
		);
		expect(statementFrom('Later meetings tightened the rules.')).toBe(
			'Later meetings tightened the rules.'
		);
	});

	it('offers no quotation, headline or garbled sentence as a statement', () => {
		expect(suggestionsFor('detainees-2022-08-spun')).toEqual([]);
		const cnn = suggestionsFor('detainees-2022-08-cnn');
		expect(cnn.some((s) => s.quote.startsWith('Met in Caracas in May Including'))).toBe(false);
		expect(cnn.some((s) => s.quote.startsWith('“You can’t say that'))).toBe(false);
		const discovery = suggestionsFor('ozone-hole-discovery-2025', ozone);
		expect(discovery.some((s) => s.quote.startsWith('Forty years on, the three'))).toBe(false);
		expect(isGarbled('Met in Caracas in May Including a promise to travel.')).toBe(true);
		expect(isGarbled('Two companies, ENI and Repsol, were allowed , to resume exports.')).toBe(
			true
		);
		expect(isGarbled('Officials went to Caracas thrice this 12 months.')).toBe(true);
		expect(isGarbled('The number of US citizens is increasing Detained in Venezuela.')).toBe(true);
		expect(
			isGarbled('Later meetings, in Montreal in 1997 and Beijing in 1999, tightened the rules.')
		).toBe(false);
		expect(
			isGarbled('The United States and Venezuela broke off relations, held in El Salvador.')
		).toBe(false);
		expect(isGarbled('According to sources cited by The Wall Street Journal, talks grew.')).toBe(
			false
		);
		expect(isGarbled('Secretary of State Antony Blinken said Wednesday.')).toBe(false);
		// a copy mostly garbled is a spun one: none of its sentences is offered, even one that
		// reads well ("…across the launch of the US residents…", spun from "release")
		const spun = catalog.sourceById.get('detainees-2022-08-spun')!.text;
		expect(isGarbledCopy(splitSentences(spun).map((x) => x.text))).toBe(true);
		for (const id of ['detainees-2022-08-cnn', 'caracas-visit-2022-03']) {
			const body = catalog.sourceById.get(id)!.text;
			expect(isGarbledCopy(splitSentences(body).map((x) => x.text))).toBe(false);
		}
	});
});

describe('statements that outlive their source', () => {
	it('writes "last month", "this year" and "last March" as the dates they are', () => {
		const cnn = suggestionsFor('detainees-2022-08-cnn');
		const s = containing(cnn, 'Last month, CNN learned');
		expect(s.statement).toBe(
			'In July 2022, CNN learned that at least three US citizens had been detained in Venezuela in 2022, including a Los Angeles public defender.'
		);
		expect(s.quote).toMatch(/^Last month, CNN learned/); // the quote keeps the source's words
		const discovery = containing(
			suggestionsFor('ozone-hole-discovery-2025', ozone),
			'Forty years ago today'
		);
		expect(discovery.statement).toMatch(/^On 16 May 1985, three scientists from the British/);
		expect(discovery.date).toEqual({ value: '1985-05-16', precision: 'day' });
		expect(findDates('It closed ten years ago.', '2025')).toMatchObject([
			{ value: '2015', precision: 'year' }
		]);
		expect(anchorRelativeDates('Last March, the White House reported it.', '2025')).toBe(
			'In March 2025, the White House reported it.'
		);
		expect(anchorRelativeDates('The party won in last year’s elections.', '2022-03-11')).toBe(
			'The party won in the 2021 elections.'
		);
		// a year-only reference cannot say which month "last month" was: left as written
		expect(anchorRelativeDates('Last month, talks began.', '2024')).toBe(
			'Last month, talks began.'
		);
	});

	it('leaves out fragments, cut-off and comparing sentences, and names "the panel" it cites', () => {
		const blanco = suggestionsFor('blanco-interview-2025');
		expect(blanco.some((s) => s.quote.startsWith('And also with Maduro, whom'))).toBe(false);
		const cnn = suggestionsFor('detainees-2022-08-cnn');
		expect(cnn.some((s) => s.quote.startsWith('James Storey, who heads'))).toBe(false);
		expect(cnn.some((s) => s.quote.startsWith('Although the Biden administration'))).toBe(false);
		const discovery = suggestionsFor('ozone-hole-discovery-2025', ozone);
		expect(discovery.some((s) => s.quote.includes('showed the same low values'))).toBe(false);
		const assessment = suggestionsFor('ozone-assessment-2023', ozone);
		expect(containing(assessment, 'According to the panel').statement).toMatch(
			/^As of January 2023, according to the Scientific Assessment Panel of the Montreal Protocol, nearly 99 per cent/
		);
		expect(findFigures('Ozone from 60 degrees north to 60 degrees south recovers.')).toEqual([]);
	});
});

describe('the date of the claim itself', () => {
	it('takes the main clause’s date, not one describing someone named in it', () => {
		const s = sentenceOf('caracas-visit-2022-03', 'in November 2017');
		expect(mainDate(s, findDates(s, '2022-03-11'))).toBeUndefined();
		// only a side clause dates it: the field would hold the negotiations' date, so none
		const began = 'Talks overshadow negotiations, which began in 2019 after protests.';
		expect(mainDate(began, findDates(began))).toBeUndefined();
		const broke = 'Relations broke off in 2019, after officials who met in 2017 left.';
		expect(mainDate(broke, findDates(broke))).toMatchObject({ value: '2019' });
		// "In 1994" opens the sentence: a capital I is still "in"
		const handout = suggestionsFor('ozone-treaties-handout-2009', ozone);
		expect(containing(handout, 'In 1994 the UN General Assembly').date).toEqual({
			value: '1994',
			precision: 'year'
		});
	});

	it('leaves out the page’s own date line, recurring months and dates counted from an event', () => {
		expect(
			findDates('date 2022-03-11 The rare U.S. visit Saturday was a shift.', '2022-03-11')
		).toEqual([]);
		expect(findDates('The readings taken each October began to look wrong.', '2025-05-16')).toEqual(
			[]
		);
		expect(
			findDates('Two months before the paper appeared, governments adopted it.', '2025-05-16')
		).toEqual([]);
		// "last month" in an article of 2024 is in 2024, not December 2023 (the reference's 1 January)
		expect(findDates('Last month, talks began.', '2024')).toMatchObject([{ value: '2024' }]);
		expect(findDates('Last year, talks began.', '2024')).toMatchObject([{ value: '2023' }]);
		// a time of day is no date
		expect(findDates('Sunlight returns after the long polar night.', '2025-05-16')).toEqual([]);
		// a year after publication is a forecast, not an event reported
		expect(findDates('Recovery is expected by around 2045.', '2023-01-10')).toEqual([]);
	});

	it('counts no known things, no distance in time and no number in a name', () => {
		expect(findFigures('Maduro said the two countries agreed to work together.')).toEqual([]);
		expect(findFigures('Governments adopted it two months before the discovery.')).toEqual([]);
		expect(findFigures('Its Nimbus 7 satellite had been measuring ozone since 1978.')).toEqual([]);
		expect(findFigures('The parties met, and 197 countries ratified it.')).toMatchObject([
			{ value: 197, unit: 'countries' }
		]);
	});
});

// the faults a blind teacher-reader found in the suggestions, one kind per test
describe('statements a teacher can read without the article', () => {
	it('names "the hole", "the award" and "the prize" as the article did, and drops what it cannot name', () => {
		const discovery = suggestionsFor('ozone-hole-discovery-2025', ozone);
		expect(containing(discovery, 'part of the hole').statement).toMatch(
			/part of the ozone hole when/
		);
		const handout = suggestionsFor('ozone-treaties-handout-2009', ozone);
		expect(containing(handout, 'announced the award').statement).toBe(
			'The Royal Swedish Academy of Sciences announced the 1995 Nobel Prize in Chemistry on 11 October 1995.'
		);
		expect(containing(handout, 'when the prize was announced').statement).toMatch(
			/when the 1995 Nobel Prize in Chemistry was announced/
		);
		expect(
			settleReferences('They measured the hole.', 'It is not a hole at all.', true)
		).toBeNull();
		// an answer to nothing said, a ruler never named, a delegation of no stated visit
		expect(discovery.some((s) => s.quote.includes('proposed an answer'))).toBe(false);
		expect(settleReferences('In 1986 Susan Solomon proposed an answer.', '', true)).toBeNull();
		expect(
			settleReferences('The authoritarian ruler of Venezuela is accused.', '', true)
		).toBeNull();
		expect(settleReferences('The U.S. delegation included Roger Carstens.', '', false)).toBeNull();
		expect(settleReferences('The U.S. delegation met him on 5 March 2022.', '', true)).toBe(
			'The U.S. delegation met him on 5 March 2022.'
		);
		const caracas = suggestionsFor('caracas-visit-2022-03');
		expect(caracas.some((s) => /delegation/.test(s.statement))).toBe(false);
		// "also" ties the claim to an earlier one; without it the claim still holds
		expect(statementFrom('The panel also looked at the eruption.')).toBe(
			'The panel looked at the eruption.'
		);
		expect(statementFrom('He is also known as Nico.')).toBe('He is also known as Nico.');
	});

	it('says when a claim in the present was true, and gives a date its year', () => {
		expect(anchorNow('Talks now overshadow the negotiations.', '2022-08-16')).toEqual({
			statement: 'As of August 2022, talks overshadow the negotiations.',
			date: { value: '2022-08', precision: 'month' }
		});
		expect(anchorNow('Nicolás Maduro is currently in power.', '2025')?.statement).toBe(
			'As of 2025, Nicolás Maduro is in power.'
		);
		expect(anchorNow('Ozone was measured in 1985.', '2025')).toBeNull();
		const assessment = suggestionsFor('ozone-assessment-2023', ozone);
		expect(containing(assessment, 'have now been phased out')).toMatchObject({
			date: { value: '2023-01', precision: 'month' },
			statement: expect.stringMatching(/^As of January 2023, .* have been phased out\.$/)
		});
		const cnn = suggestionsFor('detainees-2022-08-cnn');
		expect(containing(cnn, 'now overshadow').date).toEqual({
			value: '2022-08',
			precision: 'month'
		});
		expect(anchorRelativeDates('Maduro remains wanted, since January.', '2025-05')).toBe(
			'Maduro remains wanted, since January 2025.'
		);
		// "Shortly thereafter," gone from the statement, nothing would date it: not offered
		expect(cnn.some((s) => s.quote.startsWith('Shortly thereafter'))).toBe(false);
		// "the most recent forecast" of what?
		const handout = suggestionsFor('ozone-treaties-handout-2009', ozone);
		expect(handout.some((s) => s.quote.startsWith('The most recent forecast'))).toBe(false);
	});

	it('offers from a translated copy only sentences that read as English', () => {
		const blanco = suggestionsFor('blanco-interview-2025');
		expect(blanco.map((s) => s.quote)).toEqual([sentenceOf('blanco-interview-2025', 'Last March')]);
		for (const words of ['“sought”', 'points Blanco', 'is accused since 2020']) {
			expect(readsAsEnglish(sentenceOf('blanco-interview-2025', words)), words).toBe(false);
		}
		expect(readsAsEnglish(sentenceOf('detainees-2022-08-cnn', 'the Biden White House'))).toBe(
			false
		);
		expect(readsAsEnglish(sentenceOf('detainees-2022-08-cnn', 'Since 2019, the US'))).toBe(true);
		expect(isGarbled('He took over after the departure of Richard Grenelll.')).toBe(true);
		// the same sentence in an original is offered: strictness follows the origin kind
		const cnn = catalog.sourceById.get('detainees-2022-08-cnn')!;
		const asOriginal = suggestFacts({
			body: cnn.text,
			published: cnn.published.date,
			origin: 'original',
			entities: catalog.entities,
			taken
		});
		expect(asOriginal.some((s) => s.quote.includes('the Biden White House'))).toBe(true);
		expect(
			suggestionsFor('detainees-2022-08-cnn').some((s) => s.quote.includes('the Biden White House'))
		).toBe(false);
	});

	it('dates the claim, not a thing it names, a period or a plan', () => {
		const date = (s: string, published = '2025') => mainDate(s, findDates(s, published), published);
		expect(
			date(sentenceOf('detainees-2022-08-cnn', 'imposed on Venezuela since 2017'))
		).toBeUndefined();
		expect(
			date(
				'The assessment pays attention to the Kigali Amendment, agreed in Kigali, Rwanda, in October 2016.'
			)
		).toBeUndefined();
		expect(date('Emissions of CFC-11 rose unexpectedly after 2012.')).toBeUndefined();
		expect(
			date('The panel looked at the eruption of the volcano in January 2022.')
		).toBeUndefined();
		expect(
			date(sentenceOf('detainees-2022-08-cnn', 'held in November 2024'), '2022-08-16')
		).toBeUndefined();
		// a verb of its own, or after an auxiliary: the claim's date
		expect(date('Governments adopted the Vienna Convention on 22 March 1985.')).toMatchObject({
			value: '1985-03-22'
		});
		expect(
			date('The protocol was agreed in Montreal, Canada, on 16 September 1987.')
		).toMatchObject({ value: '1987-09-16' });
		expect(
			date('Chubachi had recorded low ozone and presented his results in 1984.')
		).toMatchObject({ value: '1984' });
		// a range is its period: the year both ends share, not its first day
		expect(
			findDates('It averaged 23 million between 7 September and 13 October.', '2023-01-10')
		).toMatchObject([{ value: '2022', precision: 'year' }]);
		const assessment = suggestionsFor('ozone-assessment-2023', ozone);
		expect(containing(assessment, 'between 7 September').date).toEqual({
			value: '2022',
			precision: 'year'
		});
	});

	it('types no bound as a value or an estimate, and offers no pair of claims read "respectively"', () => {
		const cnn = suggestionsFor('detainees-2022-08-cnn');
		expect(containing(cnn, 'at least three US citizens').number).toBeUndefined();
		expect(findFigures('It was written by more than 250 scientists.')).toMatchObject([
			{ value: 250, bound: 'lower' }
		]);
		expect(findFigures('It was written by about 250 scientists.')).toMatchObject([
			{ value: 250, approximate: true }
		]);
		expect(findFigures('Up to 50 people were freed.')).toMatchObject([
			{ value: 50, bound: 'upper' }
		]);
		expect(settleReferences('Molina and Rowland died in 2020 and 2012.', '', true)).toBeNull();
		expect(settleReferences('Prices doubled between 2010 and 2012.', '', true)).not.toBeNull();
		// a forecast keeps its modality
		const assessment = suggestionsFor('ozone-assessment-2023', ozone);
		expect(containing(assessment, 'will avoid').statement).toMatch(/estimates that .* will avoid/);
	});
});
