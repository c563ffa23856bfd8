/**
 * The question editor's bank file: a question read into the editor's draft and written back
 * unchanged leaves the file byte-identical; an edit, an added question and a removed question
 * change only that question's lines; the form's buttons add, remove and move options.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	readBank,
	withQuestion,
	withoutQuestion
} from '../../../src/lib/server/studio/questions/bank';
import { draftText } from '../../../src/lib/server/studio/questions/draft-text';
import { placeProblems } from '../../../src/lib/server/studio/questions/field-problems';
import { applyOp, readQuestionForm } from '../../../src/lib/server/studio/questions/form';
import { fromItem, toItem } from '../../../src/lib/server/studio/questions/model';
import { TOPIC, TOPIC_DIR } from './temp-topic';

const ROOT = resolve('questions');
const bankOnDisk = (await readBank(ROOT, TOPIC, 'detainees'))!;
const BANK = bankOnDisk.text;
const items = (text: string) => (parse(text) as { questions: Record<string, unknown>[] }).questions;

/** Lines of `after` that differ from `before`, as a set of both sides' changed lines. */
function changedLines(before: string, after: string) {
	const a = before.split('\n');
	const b = after.split('\n');
	let head = 0;
	while (head < a.length && a[head] === b[head]) head++;
	let tail = 0;
	while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
	return {
		head,
		tail,
		removed: a.slice(head, a.length - tail),
		added: b.slice(head, b.length - tail)
	};
}

describe('a question read into the editor and written back', () => {
	it('every question of every bank round-trips to the same data', () => {
		for (const name of ['detainees', 'sources', 'visit-and-oil', 'conversations-2025']) {
			const text = readFileSync(join(TOPIC_DIR, 'banks', `${name}.yaml`), 'utf8');
			for (const item of items(text)) {
				expect(toItem(fromItem(item))).toEqual(item);
			}
		}
	});

	it('leaves the file byte-identical when nothing changed', () => {
		const all = items(BANK);
		for (const i of [0, 5, all.length - 1]) {
			expect(withQuestion(bankOnDisk, i, fromItem(all[i]))).toBe(BANK);
		}
	});

	it('an edited stem changes only lines of that question', () => {
		const all = items(BANK);
		const draft = { ...fromItem(all[3]), stem: 'A new stem for the third question?' };
		const out = withQuestion(bankOnDisk, 3, draft);
		const after = items(out);
		expect(after[3]!.stem).toBe('A new stem for the third question?');
		expect(after.filter((_, i) => i !== 3)).toEqual(all.filter((_, i) => i !== 3));
		const before = BANK.split('\n');
		const start = before.findIndex((l) => l.includes(`id: ${all[3]!.id}`)) - 1;
		const end = before.findIndex((l) => l.includes(`id: ${all[4]!.id}`)) - 1;
		const diff = changedLines(BANK, out);
		expect(diff.head).toBeGreaterThanOrEqual(start);
		expect(before.length - diff.tail).toBeLessThanOrEqual(end);
	});

	it('appends a new question and removes one, other lines kept', () => {
		const all = items(BANK);
		const added = withQuestion(bankOnDisk, null, { ...fromItem(all[0]), id: 'det-q-new' });
		expect(added.startsWith(BANK.trimEnd())).toBe(true);
		expect(items(added).at(-1)!.id).toBe('det-q-new');
		const removed = withoutQuestion(BANK, 2);
		expect(items(removed)).toEqual(all.filter((_, i) => i !== 2));
		const diff = changedLines(BANK, removed);
		expect(diff.added).toEqual([]);
		expect(diff.removed.join('\n')).toContain(`id: ${all[2]!.id}`);
		expect(diff.removed.join('\n')).not.toContain(`id: ${all[3]!.id}`);
		expect(removed).not.toContain('\n\n\n');
	});
});

describe('the draft text of the live check', () => {
	it('is the text a save writes, for an edit and for a new question', () => {
		const all = items(BANK);
		const edited = { ...fromItem(all[3]), stem: 'A new stem for the third question?' };
		expect(draftText(bankOnDisk, 3, edited)!.text).toBe(withQuestion(bankOnDisk, 3, edited));
		const added = { ...fromItem(all[0]), id: 'det-q-new' };
		expect(items(draftText(bankOnDisk, null, added)!.text)).toEqual(
			items(withQuestion(bankOnDisk, null, added))
		);
		expect(bankOnDisk.items).toEqual(all);
	});

	it('places a problem next to the field written at its line and column', () => {
		const all = items(BANK);
		const draft = { ...fromItem(all[3]), stem: 'Which?' };
		const { text, item } = draftText(bankOnDisk, 3, draft)!;
		const lines = text.split('\n');
		/** Line and column of the n-th line of the item holding `needle`. */
		const at = (needle: string, n = 1) => {
			const found = lines.flatMap((l, i) => (i + 1 >= item.line && l.includes(needle) ? [i] : []));
			const line = found[n - 1]!;
			return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
		};
		const problem = (where: { line: number; column: number }, file = 'q/b.yaml') => ({
			file,
			...where,
			rule: 'r',
			message: 'use `x`',
			severity: 'error' as const
		});
		const placed = placeProblems(
			[
				problem(at('stem:')),
				problem(at('feedback:', 2)),
				problem(at('supports:')),
				problem({ line: 1, column: 1 }),
				problem({ line: 3, column: 1 }, 'q/other.yaml')
			],
			'q/b.yaml',
			item
		);
		expect(Object.keys(placed.fields).sort()).toEqual(['o1.feedback', 'stem', 'supports']);
		expect(placed.fields.stem![0]!.message).toBe('use “x”');
		expect(placed.elsewhere).toHaveLength(2);
		expect(placed.errors).toBe(5);
	});
});

describe('the editor form', () => {
	const form = (fields: [string, string][]) => {
		const f = new FormData();
		for (const [k, v] of fields) f.append(k, v);
		return f;
	};
	const base: [string, string][] = [
		['id', 'q-one'],
		['stem', 'Which?'],
		['count', '3'],
		['key', '1'],
		['o0.text', 'A'],
		['o0.why', 'contradicted'],
		['o0.fact', 'f-a'],
		['o0.feedback', 'no A'],
		['o1.text', 'B'],
		['o1.feedback', 'yes B'],
		['o2.text', 'C'],
		['o2.why', 'not-stated'],
		['o2.feedback', 'no C'],
		['supports', 'f-b'],
		['add-support', 'f-c'],
		['explanation', 'Because.'],
		['difficulty', 'easy'],
		['bloom', 'remember'],
		['topics', 'detainees'],
		['version', 'absent']
	];

	it('reads the posted fields into a draft', () => {
		const posted = readQuestionForm(form(base));
		if ('message' in posted) throw new Error(posted.message);
		expect(posted.draft.options.map((o) => o.text)).toEqual(['A', 'B', 'C']);
		expect(posted.draft.key).toBe(1);
		expect(posted.draft.supports).toEqual(['f-b', 'f-c']);
		expect(toItem(posted.draft).options).toEqual([
			{ text: 'A', why_wrong: 'contradicted', fact: 'f-a', feedback: 'no A' },
			{ text: 'B', correct: true, feedback: 'yes B' },
			{ text: 'C', why_wrong: 'not-stated', feedback: 'no C' }
		]);
	});

	it('refuses a forged option count', () => {
		const bad = base.map(([k, v]): [string, string] => (k === 'count' ? [k, '40'] : [k, v]));
		expect(readQuestionForm(form(bad))).toHaveProperty('message');
	});

	it('moves an option with the key, adds up to 5 and removes down to 3', () => {
		const posted = readQuestionForm(form(base));
		if ('message' in posted) throw new Error(posted.message);
		const up = applyOp(posted.draft, { kind: 'up', index: 1 });
		expect(up.options.map((o) => o.text)).toEqual(['B', 'A', 'C']);
		expect(up.key).toBe(0);
		let more = applyOp(up, { kind: 'add-option' });
		more = applyOp(more, { kind: 'add-option' });
		more = applyOp(more, { kind: 'add-option' });
		expect(more.options).toHaveLength(5);
		const fewer = applyOp(applyOp(more, { kind: 'remove-option', index: 0 }), {
			kind: 'remove-option',
			index: 0
		});
		expect(fewer.options).toHaveLength(3);
		expect(applyOp(fewer, { kind: 'remove-option', index: 0 }).options).toHaveLength(3);
	});
});
