/**
 * The explainer editor's file round trip: every real explainer reads into the editor's state and
 * writes back byte-identical; an edit changes only its own lines; a reorder rewrites only the
 * steps; a new explainer validates; problems land on the field they concern.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildLibrary } from '../../../src/lib/server/content/build-library';
import { readTree } from '../../../src/lib/server/content/read-tree';
import {
	checkExplainer,
	fieldAt,
	withStepIds
} from '../../../src/lib/server/studio/explainers/check';
import { readExplainer, writeExplainer } from '../../../src/lib/server/studio/explainers/file';
import {
	draftObject,
	moveStep,
	type ExplainerDraft
} from '../../../src/lib/studio/explainer-draft';
import { TOPIC, tempTopic } from './temp-topic';

const DIR = join('questions', TOPIC, 'explainers');
const FILE = '02-caracas-visit-2022.yaml';
const text = readFileSync(join(DIR, FILE), 'utf8');

/** Lines of `after` that differ from `before`, for texts of equal line count. */
function changedLines(before: string, after: string): number[] {
	const [a, b] = [before.split('\n'), after.split('\n')];
	expect(b.length).toBe(a.length);
	return a.flatMap((line, i) => (line === b[i] ? [] : [i]));
}

describe('explainer files', () => {
	it('writes every real explainer back byte-identical when nothing changed', () => {
		for (const topic of readdirSync('questions').filter((t) => !t.includes('.'))) {
			for (const name of readdirSync(join('questions', topic, 'explainers'))) {
				const original = readFileSync(join('questions', topic, 'explainers', name), 'utf8');
				expect(writeExplainer(readExplainer(original), original), name).toBe(original);
			}
		}
	});

	it('changes only the line of an edited step title', () => {
		const draft = readExplainer(text);
		draft.steps[2]!.title = 'A new title for the third step';
		const out = writeExplainer(draft, text);
		const lines = changedLines(text, out);
		expect(lines).toHaveLength(1);
		expect(out.split('\n')[lines[0]!]).toBe('    title: A new title for the third step');
		expect(readExplainer(out)).toEqual(draft);
	});

	it('keeps a body’s paragraphs as a literal block, other steps untouched', () => {
		const draft = readExplainer(text);
		draft.steps[0]!.body = 'First paragraph.\n\nSecond paragraph, which is new.';
		const out = writeExplainer(draft, text);
		expect(out).toContain(
			'    body: |-\n      First paragraph.\n\n      Second paragraph, which is new.\n'
		);
		const tail = text.slice(text.indexOf('  - id:', text.indexOf('  - id:') + 1));
		expect(out.endsWith(tail)).toBe(true);
		expect(readExplainer(out).steps[0]!.body).toBe(draft.steps[0]!.body);
	});

	it('rewrites only the steps when they are reordered; everything above stays', () => {
		const draft = readExplainer(text);
		const moved = { ...draft, steps: moveStep(draft.steps, 3, 'up') };
		const out = writeExplainer(moved, text);
		const head = text.slice(0, text.indexOf('\nsteps:'));
		expect(out.startsWith(head)).toBe(true);
		expect(readExplainer(out).steps.map((s) => s.id)).toEqual(moved.steps.map((s) => s.id));
		expect(readExplainer(out).steps).toEqual(moved.steps);
	});

	it('writes a new explainer that the validator accepts', () => {
		const { root } = tempTopic();
		const source = readExplainer(text);
		const draft: ExplainerDraft = withStepIds({
			...source,
			slug: 'copy',
			steps: source.steps.slice(0, 5).map((s) => ({ ...s, id: '' }))
		});
		const out = writeExplainer(draft, null);
		expect(
			out.startsWith('# yaml-language-server: $schema=../../.schema/explainer-file.json\n')
		).toBe(true);
		expect(parse(out).steps[0].id).toBe(draft.steps[0]!.id);
		const files = readTree(root);
		// The same checkpoints in a second explainer are fine; the ids of the copy must differ.
		files[`${TOPIC}/explainers/09-copy.yaml`] = out;
		expect(buildLibrary(files, '').errors).toEqual([]);
	});

	it('puts each problem next to the field it concerns', () => {
		const { root } = tempTopic();
		const draft = readExplainer(text);
		draft.steps[3]!.checkpoint = 'no-such-question';
		const result = checkExplainer(root, TOPIC, `explainers/${FILE}`, draft, text);
		expect(result.errors).toBeGreaterThan(0);
		expect(result.fields['step-3-checkpoint']?.[0]?.message).toMatch(/no-such-question/);
		draft.steps[3]!.checkpoint = readExplainer(text).steps[3]!.checkpoint;
		draft.steps[1]!.facts = [];
		const empty = checkExplainer(root, TOPIC, `explainers/${FILE}`, draft, text);
		expect(empty.fields['step-1-facts']?.[0]?.message).toMatch(/must cite the facts/);
		const line = text.split('\n').findIndex((l) => l.startsWith('summary:')) + 1;
		expect(fieldAt(text, line, 1)).toBe('summary');
	});

	it('reads a posted form, keeping the order the step cites its facts in', () => {
		const form = new FormData();
		for (const [k, v] of [
			['title', 'T'],
			['summary', 'S'],
			['topics', 'detainees'],
			['step-0-title', 'One'],
			['step-0-body', 'Line one\r\n\r\nLine two'],
			['step-0-kind', 'timeline'],
			['step-0-order', 'b-fact,a-fact'],
			['step-0-facts', 'a-fact'],
			['step-0-facts', 'b-fact'],
			['step-0-facts', 'c-fact'],
			['step-1-title', 'Two']
		]) {
			form.append(k!, v!);
		}
		const draft = draftObject(form) as ExplainerDraft;
		expect(draft.steps).toHaveLength(2);
		expect(draft.steps[0]).toMatchObject({
			kind: 'timeline',
			body: 'Line one\n\nLine two',
			facts: ['b-fact', 'a-fact', 'c-fact']
		});
	});
});
