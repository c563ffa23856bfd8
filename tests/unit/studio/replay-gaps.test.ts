/**
 * What the studio lacked when the ozone topic was made again through its pages
 * (scripts/studio-replay.ts): a new bank (a bank file needs a question, so the bank is named
 * first and written with its first question), a fact's places, and a contested fact's first
 * version with its own words and date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addSpellings, withSpellings } from '../../../src/lib/server/studio/facts/add-spellings';
import { contestedWith, VersionFormSchema } from '../../../src/lib/server/studio/facts/contest';
import { factFrom, FactFormSchema } from '../../../src/lib/server/studio/facts/fact-form';
import { draftAt, readBank, withQuestion } from '../../../src/lib/server/studio/questions/bank';
import { draftText } from '../../../src/lib/server/studio/questions/draft-text';
import {
	closeEdit,
	discardEdit,
	keepCheckedEdit,
	keepEdit,
	readEdit,
	savedFrom
} from '../../../src/lib/server/studio/questions/autosave';
import { blankQuestion } from '../../../src/lib/server/studio/questions/model';
import { NEW, saveQuestion } from '../../../src/lib/server/studio/questions/editor';
import { keepNewBank, pendingBank } from '../../../src/lib/server/studio/questions/new-bank';
import { ABSENT } from '../../../src/lib/server/studio/versioned-file';
import { tempTopic, TOPIC } from './temp-topic';

describe('a new bank', () => {
	it('opens empty, writes nothing until its first question, then is a file with both', async () => {
		const { root, drafts } = tempTopic();
		const context = { root, drafts, reload: () => undefined };
		expect(await pendingBank(root, drafts, TOPIC, 'practice')).toBeNull();
		await keepNewBank(drafts, TOPIC, {
			id: 'practice',
			title: 'Practice: “who said it”',
			description: 'Questions for a first lesson.'
		});
		const empty = (await pendingBank(root, drafts, TOPIC, 'practice'))!;
		expect(empty).toMatchObject({ version: ABSENT, title: 'Practice: “who said it”', items: [] });
		expect(existsSync(join(root, TOPIC, 'banks', 'practice.yaml'))).toBe(false);

		const model = (await readBank(root, TOPIC, 'detainees'))!;
		const draft = { ...draftAt(model, 0), id: 'practice-first' };
		// the live check sees the text the save will write, the question placed for its problems
		const checked = draftText(empty, null, draft)!;
		expect(checked.text).toBe(withQuestion(empty, null, draft));
		expect(checked.text.split('\n')[checked.item.line - 1]).toBe('  - kind: single');
		const outcome = await saveQuestion(context, TOPIC, 'practice', NEW, draft, ABSENT);
		expect(outcome).toEqual({ ok: true, id: 'practice-first' });
		const file = parse(readFileSync(join(root, TOPIC, 'banks', 'practice.yaml'), 'utf8'));
		expect(file.title).toBe('Practice: “who said it”');
		expect(file.description).toBe('Questions for a first lesson.');
		expect(file.questions.map((q: { id: string }) => q.id)).toEqual(['practice-first']);
		// the file now speaks for the bank
		expect(await pendingBank(root, drafts, TOPIC, 'practice')).toBeNull();
	});

	it('is not made over an existing bank', async () => {
		const { root, drafts } = tempTopic();
		await keepNewBank(drafts, TOPIC, { id: 'detainees', title: 'Other', description: '' });
		expect(await pendingBank(root, drafts, TOPIC, 'detainees')).toBeNull();
	});
});

describe('the fact form', () => {
	const evidence = { source: 's', quote: 'q' };
	it('keeps the places typed, comma-separated', () => {
		const form = FactFormSchema.parse({
			id: 'a-fact',
			statement: 'Ozone was measured at Halley.',
			topics: 'x',
			places: ' Halley,  Weddell Sea , '
		});
		const made = factFrom(form, evidence);
		expect('fact' in made && made.fact.places).toEqual(['Halley', 'Weddell Sea']);
		expect('fact' in made && made.fact.about).toBeUndefined();
	});

	it('marks a fact about the sources themselves', () => {
		const form = FactFormSchema.parse({
			id: 'a-fact',
			statement: 'The handout is dated September 2009.',
			topics: 'x',
			about: 'sources'
		});
		const made = factFrom(form, evidence);
		expect('fact' in made && made.fact.about).toBe('sources');
	});

	it('gives a contested fact’s first version its own words and date', () => {
		const made = factFrom(
			FactFormSchema.parse({ id: 'years', statement: 'The sources give two years.', topics: 'x' }),
			{ source: 'old', quote: 'around 2050' }
		);
		if (!('fact' in made)) throw new Error(made.error);
		const form = VersionFormSchema.parse({
			version_says: 'The 2006 forecast is 2065.',
			version_label: 'Handout',
			version_as_of: '2006',
			first_says: 'The 2002 forecast was 2050.',
			first_as_of: '2002',
			first_label: 'Handout (2002)',
			contest_kind: 'figure-by-date',
			contest_note: 'Forecasts move.'
		});
		const contested = contestedWith(
			made.fact,
			form,
			{ source: 'old', quote: 'about 2065' },
			(s) => s
		);
		if (!('fact' in contested)) throw new Error(contested.error);
		expect(contested.fact.statement).toBe('The sources give two years.');
		expect(contested.fact.contested!.versions[0]).toEqual({
			label: 'Handout (2002)',
			says: 'The 2002 forecast was 2050.',
			as_of: '2002',
			evidence: [{ source: 'old', quote: 'around 2050' }]
		});
	});
});

describe('spellings of an entity already in the topic', () => {
	it('adds this source to a known spelling and appends a new one', () => {
		const aliases = [{ text: 'WMO', sources: ['handout'] }];
		expect(withSpellings(aliases, ['WMO', 'World Meteorological Organization'], 'report')).toEqual([
			{ text: 'WMO', sources: ['handout', 'report'] },
			{ text: 'World Meteorological Organization', sources: ['report'] }
		]);
		expect(aliases[0]!.sources).toEqual(['handout']);
	});

	it('writes them to the entity, and refuses a spelling the source does not use', async () => {
		const { root, drafts } = tempTopic();
		const context = { root, drafts, reload: () => undefined };
		const path = join(root, TOPIC, 'entities.yaml');
		const before = readFileSync(path, 'utf8');
		const refused = await addSpellings(context, TOPIC, 'caracas-visit-2022-03', {
			entity: 'nicolas-maduro',
			aliases: 'Nicolás Maduro'
		});
		expect(refused).toMatchObject({ ok: false, status: 400 });
		expect(readFileSync(path, 'utf8')).toBe(before);

		const added = await addSpellings(context, TOPIC, 'caracas-visit-2022-03', {
			entity: 'nicolas-maduro',
			aliases: 'Maduro’s'
		});
		expect(added).toMatchObject({ ok: true, id: 'nicolas-maduro', result: { status: 'saved' } });
		const maduro = parse(readFileSync(path, 'utf8')).entities.find(
			(e: { id: string }) => e.id === 'nicolas-maduro'
		);
		expect(maduro.aliases.at(-1)).toEqual({ text: 'Maduro’s', sources: ['caracas-visit-2022-03'] });
		expect(maduro.aliases).toHaveLength(4);
	});
});

describe('a live check that arrives after its save', () => {
	it('keeps nothing for the version saved from, and keeps a draft of the next one', async () => {
		const { drafts } = tempTopic();
		const draft = blankQuestion();
		await keepEdit(drafts, TOPIC, 'b', NEW, { version: 'sha256-old', draft });
		await closeEdit(drafts, TOPIC, 'b', NEW, 'sha256-old');
		expect(await readEdit(drafts, TOPIC, 'b', NEW)).toBeNull();
		expect(await savedFrom(drafts, TOPIC, 'b', NEW, 'sha256-old')).toBe(true);
		// the next question is opened on the bank as saved: its drafts are kept again
		expect(await savedFrom(drafts, TOPIC, 'b', NEW, 'sha256-new')).toBe(false);
		expect(await savedFrom(drafts, TOPIC, 'b', 'other', 'sha256-old')).toBe(false);
	});
});

describe('a check and its save finishing together', () => {
	it('never leaves the check’s draft kept after the save', async () => {
		const { drafts } = tempTopic();
		const draft = { version: 'sha256-v0', draft: blankQuestion() };
		// the check is answered while the save finishes: both start before either is done
		await Promise.all([
			closeEdit(drafts, TOPIC, 'b', NEW, 'sha256-v0'),
			keepCheckedEdit(drafts, TOPIC, 'b', NEW, draft)
		]);
		expect(await readEdit(drafts, TOPIC, 'b', NEW)).toBeNull();
		await keepCheckedEdit(drafts, TOPIC, 'b', NEW, { ...draft, version: 'sha256-v1' });
		expect((await readEdit(drafts, TOPIC, 'b', NEW))?.version).toBe('sha256-v1');
	});
});

describe('a check and a Discard', () => {
	it('a check from a page opened before the Discard keeps nothing; one opened after does', async () => {
		const { drafts } = tempTopic();
		const draft = { version: 'sha256-v0', draft: { ...blankQuestion(), stem: 'typed, not saved' } };
		const opened = new Date(Date.now() - 60_000).toISOString();
		await keepCheckedEdit(drafts, TOPIC, 'b', 'q1', draft, opened);
		// the Discard and the page's last check (or its beacon) reach the server together
		await Promise.all([
			discardEdit(drafts, TOPIC, 'b', 'q1'),
			keepCheckedEdit(drafts, TOPIC, 'b', 'q1', draft, opened)
		]);
		expect(await readEdit(drafts, TOPIC, 'b', 'q1')).toBeNull();
		// the editor reopened after the Discard keeps its own drafts again
		const reopened = new Date(Date.now() + 1_000).toISOString();
		await keepCheckedEdit(drafts, TOPIC, 'b', 'q1', draft, reopened);
		expect((await readEdit(drafts, TOPIC, 'b', 'q1'))?.draft.stem).toBe('typed, not saved');
	});
});
