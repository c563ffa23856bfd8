/**
 * Marking a fact contested from the reader view: the passage becomes a competing version with
 * its own statement; a plain fact's evidence becomes the first version. The topic still
 * validates, and lines outside the edited fact are byte-identical.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../../src/lib/server/content/build-library';
import { readTree } from '../../../src/lib/server/content/read-tree';
import { planVersion, VersionFormSchema } from '../../../src/lib/server/studio/facts/contest';
import { factFrom, FactFormSchema } from '../../../src/lib/server/studio/facts/fact-form';
import { planNewFact, readTopic, whereIsFact } from '../../../src/lib/server/studio/facts/plan';
import { saveOrDraft } from '../../../src/lib/server/studio/save';
import { splitSentences } from '../../../src/lib/server/studio/suggest/sentences';
import { tempTopic, TOPIC } from './temp-topic';

/** The whole content tree under `root` as buildLibrary reads it. */
function libraryErrors(root: string) {
	const files = Object.fromEntries(
		Object.entries(readTree(join(root, TOPIC))).map(([p, t]) => [`${TOPIC}/${p}`, t])
	);
	return buildLibrary(files).errors;
}

/** The text before and after fact `id`'s item in a facts file. */
function outside(text: string, id: string): [string, string] {
	const start = text.indexOf(`  - id: ${id}\n`);
	const next = text.indexOf('\n  - id: ', start + 1);
	return [text.slice(0, start), next < 0 ? '' : text.slice(next)];
}

async function save(root: string, drafts: string, change: Awaited<ReturnType<typeof planVersion>>) {
	if ('error' in change) throw new Error(change.error);
	return saveOrDraft(
		{ topic: TOPIC, label: 'Add a competing version', changes: [change] },
		{ root, drafts, reload: () => undefined }
	);
}

describe('adding a competing version of a fact', () => {
	it('turns a plain fact contested, its evidence the first version, and appends a third', async () => {
		const { root, drafts } = tempTopic();
		let topic = readTopic(root, TOPIC)!;
		// a key never rests on a contested fact, and every fact here is cited by a question: make
		// a fresh one to contest
		const source = topic.catalog.sourceById.get('amnesty-offer-2024-btn')!;
		const fresh = factFrom(
			FactFormSchema.parse({
				id: 'btn-reward-15-million',
				statement: 'The US offers a $15 million reward for information on Maduro.',
				topics: 'amnesty'
			}),
			{ source: source.id, quote: '$15 million reward' }
		);
		if ('error' in fresh) throw new Error(fresh.error);
		// appended to a file with facts before it, and one after it that stays as it is
		for (const f of [fresh.fact, { ...fresh.fact, id: 'btn-reward-after' }]) {
			const made = await planNewFact(root, TOPIC, 'detainees', f);
			expect((await save(root, drafts, made)).status).toBe('saved');
		}
		const fact = fresh.fact;
		topic = readTopic(root, TOPIC)!;
		const where = whereIsFact(topic.files, fact.id)!;
		const path = join(root, TOPIC, where.file);
		const before = readFileSync(path, 'utf8');
		const other = topic.catalog.sourceById.get('caracas-visit-2022-03')!;
		const quote = splitSentences(other.text)[3]!.text;

		const form = VersionFormSchema.parse({
			version_says: 'A different account of the same event.',
			contest_kind: 'disagreement',
			contest_note: 'The two sources differ; the later one is more reliable.'
		});
		const first = await planVersion(root, { ...topic, id: TOPIC }, fact.id, form, {
			source: other.id,
			quote
		});
		expect((await save(root, drafts, first)).status).toBe('saved');
		expect(libraryErrors(root)).toEqual([]);

		const after = readTopic(root, TOPIC)!.catalog.factById.get(fact.id)!;
		expect(after.evidence).toBeUndefined();
		expect(after.statement).toBe(fact.statement);
		expect(after.contested!.kind).toBe('disagreement');
		expect(after.contested!.versions).toEqual([
			{
				label: topic.catalog.sourceById.get(fact.evidence![0]!.source)!.name ?? expect.any(String),
				says: fact.statement,
				evidence: fact.evidence
			},
			{
				label: other.name ?? other.title,
				says: 'A different account of the same event.',
				evidence: [{ source: other.id, quote }]
			}
		]);
		const text = readFileSync(path, 'utf8');
		expect(outside(text, fact.id)).toEqual(outside(before, fact.id));
		// within the fact too: its fields up to `evidence` keep their lines
		const fields = before.slice(0, before.indexOf('    evidence:', before.indexOf(fact.id)));
		expect(text.startsWith(fields + '    contested:\n')).toBe(true);

		// the new fact is the file's only one: the header above it is untouched
		expect(text.startsWith(before.slice(0, before.indexOf('  - id:')))).toBe(true);
		// already contested: the version is appended, kind and note are not asked again
		const third = splitSentences(other.text)[4]!.text;
		const again = await planVersion(
			root,
			{ ...readTopic(root, TOPIC)!, id: TOPIC },
			fact.id,
			VersionFormSchema.parse({ version_says: 'A third account.', version_label: 'Third' }),
			{ source: other.id, quote: third }
		);
		expect((await save(root, drafts, again)).status).toBe('saved');
		const versions = readTopic(root, TOPIC)!.catalog.factById.get(fact.id)!.contested!.versions;
		expect(versions.map((v) => v.label).at(-1)).toBe('Third');
		expect(versions).toHaveLength(3);
		const last = readFileSync(path, 'utf8');
		expect(last.startsWith(text.slice(0, text.indexOf('A different account')))).toBe(true);
		expect(outside(last, fact.id)).toEqual(outside(before, fact.id));
	});

	it('asks for the kind and note when the fact is not yet contested, and refuses a repeat quote', async () => {
		const { root } = tempTopic();
		const topic = { ...readTopic(root, TOPIC)!, id: TOPIC };
		const fact = topic.catalog.facts.find((f) => f.evidence)!;
		const form = VersionFormSchema.parse({ version_says: 'Another account.' });
		const other = { source: 'caracas-visit-2022-03', quote: 'x' };
		expect(await planVersion(root, topic, fact.id, form, other)).toEqual({
			error: expect.stringMatching(/^Kind of difference: /)
		});
		expect(await planVersion(root, topic, fact.id, form, fact.evidence![0]!)).toEqual({
			error: `Fact “${fact.id}” already has this quote.`
		});
		expect(await planVersion(root, topic, fact.id, VersionFormSchema.parse({}), other)).toEqual({
			error: expect.stringMatching(/^What this version says: /)
		});
		expect(await planVersion(root, topic, 'no-such-fact', form, other)).toEqual({
			error: 'There is no fact “no-such-fact” in this topic: reload the page.'
		});
	});
});
