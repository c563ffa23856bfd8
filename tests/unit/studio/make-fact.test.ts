/**
 * Making a fact by selection, below the page: the server cuts the quote from the stored body by
 * offsets (never a posted string), refuses stale or broken selections, and a saved fact leaves
 * the topic valid with the quote verbatim in its source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/lib/server/content/build-catalog';
import { normalize } from '../../../src/lib/server/content/normalize';
import { hashBody } from '../../../src/lib/server/content/read-files';
import { readTree } from '../../../src/lib/server/content/read-tree';
import { factFrom, FactFormSchema } from '../../../src/lib/server/studio/facts/fact-form';
import { planAddQuote, planNewFact, readTopic } from '../../../src/lib/server/studio/facts/plan';
import { cutQuote, SelectionError, sentenceRun } from '../../../src/lib/server/studio/facts/quote';
import { saveOrDraft } from '../../../src/lib/server/studio/save';
import { splitSentences } from '../../../src/lib/server/studio/suggest/sentences';
import { tempTopic, TOPIC } from './temp-topic';

const body = 'First line. Second sentence here.\nA new paragraph “with quotes” — and a dash.\n';
const hash = hashBody(body);

describe('cutting a quote', () => {
	it('cuts the body’s own characters, trimmed', () => {
		const at = body.indexOf('A new');
		expect(cutQuote(body, hash, at - 1, body.length)).toEqual({
			start: at,
			end: body.length - 1,
			quote: 'A new paragraph “with quotes” — and a dash.'
		});
	});

	it('refuses a stale hash, offsets outside the body, an empty or two-paragraph passage', () => {
		expect(() => cutQuote(body + 'x', hash, 0, 5)).toThrow(/changed since this page was opened/);
		expect(() => cutQuote(body, hash, 0, body.length + 1)).toThrow(SelectionError);
		expect(() => cutQuote(body, hash, -1, 4)).toThrow(SelectionError);
		expect(() => cutQuote(body, hash, 1.5, 4)).toThrow(SelectionError);
		expect(() => cutQuote(body, hash, 5, 5)).toThrow(/empty/);
		expect(() => cutQuote(body, hash, 0, body.indexOf('A new') + 5)).toThrow(/one paragraph/);
	});

	it('turns a run of ticked sentences into one passage, and refuses gaps', () => {
		expect(splitSentences(body).map((s) => s.text)).toHaveLength(3);
		const run = sentenceRun(body, [1, 0]);
		expect(body.slice(run.start, run.end)).toBe('First line. Second sentence here.');
		expect(() => sentenceRun(body, [0, 2])).toThrow(/follow one another/);
		expect(() => sentenceRun(body, [])).toThrow(/at least one/);
		expect(() => sentenceRun(body, [9])).toThrow(SelectionError);
		// a run across the paragraph break is cut, then refused by cutQuote
		const across = sentenceRun(body, [1, 2]);
		expect(() => cutQuote(body, hash, across.start, across.end)).toThrow(/one paragraph/);
	});
});

describe('saving a fact made by selection', () => {
	it('appends the fact, keeps the topic valid and the quote verbatim', async () => {
		const { root, drafts } = tempTopic();
		const topic = readTopic(root, TOPIC)!;
		const source = topic.catalog.sourceById.get('amnesty-offer-2024-btn')!;
		const at = source.text.indexOf('$15 million reward');
		const cut = cutQuote(source.text, hashBody(source.text), at, at + '$15 million reward'.length);
		const form = FactFormSchema.parse({
			id: 'btn-reward-15-million',
			statement: 'The US offers a $15 million reward for information leading to Maduro’s capture.',
			topics: 'amnesty, us-politics',
			number_value: '15000000',
			number_unit: 'US dollars',
			person_entity: ['nicolas-maduro', ''],
			person_role: ['', '']
		});
		const made = factFrom(form, { source: source.id, quote: cut.quote });
		if ('error' in made) throw new Error(made.error);
		const change = await planNewFact(root, TOPIC, 'studio', made.fact);
		const result = await saveOrDraft(
			{ topic: TOPIC, label: 'Make fact', changes: [change] },
			{ root, drafts, reload: () => undefined }
		);
		expect(result.status).toBe('saved');
		const files = readTree(join(root, TOPIC));
		const { catalog, errors } = buildCatalog(files, `questions/${TOPIC}`);
		expect(errors).toEqual([]);
		const fact = catalog.factById.get('btn-reward-15-million')!;
		expect(fact.evidence).toEqual([{ source: source.id, quote: '$15 million reward' }]);
		expect(fact.number).toEqual({ value: 15_000_000, unit: 'US dollars' });
		expect(fact.people).toEqual([{ entity: 'nicolas-maduro' }]);
		expect(normalize(source.text)).toContain(normalize(fact.evidence![0]!.quote));
		expect(readFileSync(join(root, TOPIC, 'facts/studio.yaml'), 'utf8')).toContain(
			'quote: $15 million reward'
		);
	});

	it('adds a second quote from another source to an existing fact', async () => {
		const { root, drafts } = tempTopic();
		const topic = readTopic(root, TOPIC)!;
		const factId = topic.catalog.facts.find((f) => f.evidence)!.id;
		const other = topic.catalog.sourceById.get('caracas-visit-2022-03')!;
		const quote = splitSentences(other.text)[3]!.text;
		const change = await planAddQuote(root, { ...topic, id: TOPIC }, factId, {
			source: other.id,
			quote
		});
		if ('error' in change) throw new Error(change.error);
		const result = await saveOrDraft(
			{ topic: TOPIC, label: 'Add quote', changes: [change] },
			{ root, drafts, reload: () => undefined }
		);
		expect(result.status).toBe('saved');
		const after = readTopic(root, TOPIC)!;
		expect(after.catalog.factById.get(factId)!.evidence!.at(-1)).toEqual({
			source: other.id,
			quote
		});
		const missing = await planAddQuote(root, { ...after, id: TOPIC }, 'no-such-fact', {
			source: other.id,
			quote
		});
		expect(missing).toEqual({
			error: 'There is no fact “no-such-fact” in this topic: reload the page.'
		});
	});

	it('reports a form without a statement as a message, not a fact', () => {
		const form = FactFormSchema.parse({ id: 'x', topics: 'a' });
		expect(factFrom(form, { source: 's', quote: 'q' })).toEqual({
			error: 'Statement: must not be empty.'
		});
	});
});
