/**
 * Worksheets: without the key nothing tells right from wrong; with it, every question has its
 * key, explanation and quotes; an explainer's sheet follows its steps and checkpoints; a quiz
 * attempt's sheet keeps the letters the student saw.
 */
import { describe, expect, it } from 'vitest';
import { buildSheet, SheetNotFound } from '../../../src/lib/server/print/sheet';
import { catalog, TOPIC } from './support';

const bank = catalog.banks[0]!;

describe('printable worksheets', () => {
	it('without the key: questions and options only, no explanation, feedback or key anywhere', () => {
		const sheet = buildSheet(catalog, TOPIC, { kind: 'bank', bank: bank.id }, false);
		expect(sheet.key).toBeNull();
		expect(sheet.questions).toHaveLength(bank.questionIds.length);
		const text = JSON.stringify(sheet);
		for (const id of bank.questionIds) {
			const q = catalog.questionById.get(id)!;
			expect(text).not.toContain(q.explanation);
			for (const o of q.options) expect(text).not.toContain(JSON.stringify(o.feedback));
		}
		expect(text).not.toMatch(/"correct"|keyIndex/);
		expect(sheet.sources.length).toBeGreaterThan(0);
	});

	it('with the key: each question’s key letter and text, explanation and quotes', () => {
		const sheet = buildSheet(catalog, TOPIC, { kind: 'bank', bank: bank.id }, true);
		expect(sheet.key).toHaveLength(bank.questionIds.length);
		sheet.key!.forEach((k, i) => {
			const q = catalog.questionById.get(bank.questionIds[i]!)!;
			const keyIndex = q.options.findIndex((o) => o.correct);
			expect(k).toMatchObject({
				number: i + 1,
				letter: 'ABCDE'[keyIndex],
				text: q.options[keyIndex]!.text,
				explanation: q.explanation
			});
			expect(k.quotes.length).toBeGreaterThan(0);
		});
	});

	it('an explainer: its steps in order, each checkpoint after its step, numbered through', () => {
		const e = catalog.explainers.find((x) => x.steps.filter((s) => s.checkpoint).length >= 2)!;
		const sheet = buildSheet(catalog, TOPIC, { kind: 'explainer', explainer: e.id }, true);
		expect(sheet.steps.map((s) => s.title)).toEqual(e.steps.map((s) => s.title));
		const asked = sheet.steps.flatMap((s) => s.questions);
		expect(asked.map((q) => q.number)).toEqual(asked.map((_, i) => i + 1));
		expect(asked.map((q) => q.stem)).toEqual(
			e.steps.flatMap((s) => (s.checkpoint ? [catalog.questionById.get(s.checkpoint)!.stem] : []))
		);
		expect(sheet.key).toHaveLength(asked.length);
	});

	it('a quiz attempt: options and key letter in the order the student saw', () => {
		const q = catalog.questionById.get(bank.questionIds[0]!)!;
		const order = q.options.map((_, i) => i).reverse();
		const sheet = buildSheet(
			catalog,
			TOPIC,
			{ kind: 'attempt', title: 'Quiz', questions: [q.id], orders: [order] },
			true
		);
		expect(sheet.questions[0]!.options).toEqual(order.map((i) => q.options[i]!.text));
		const keyIndex = q.options.findIndex((o) => o.correct);
		expect(sheet.key![0]!.letter).toBe('ABCDE'[order.indexOf(keyIndex)]);
	});

	it('refuses an unknown bank, explainer or question', () => {
		expect(() => buildSheet(catalog, TOPIC, { kind: 'bank', bank: 'nope' }, false)).toThrow(
			SheetNotFound
		);
		expect(() =>
			buildSheet(catalog, TOPIC, { kind: 'explainer', explainer: 'nope' }, false)
		).toThrow(SheetNotFound);
		expect(() =>
			buildSheet(catalog, TOPIC, { kind: 'chosen', questions: ['nope'] }, false)
		).toThrow(/no question "nope"/);
		expect(() => buildSheet(catalog, TOPIC, { kind: 'chosen', questions: [] }, false)).toThrow(
			SheetNotFound
		);
	});
});
