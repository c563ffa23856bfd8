/**
 * The text-defect detector itself, and a scan of every stored question and explainer with it: the
 * quiz page scan sees only the few questions a random draw shows, this sees them all; and the text
 * exports, which put quotes between marks of their own.
 */
import { describe, expect, test } from 'vitest';
import { DEFECTS, defects } from '../text-defects';
import { quoted } from '../../src/lib/text';
import { getLibrary } from '../../src/lib/server/content';
import { toAnkiCsv } from '../../src/lib/server/export/anki';
import { toGift } from '../../src/lib/server/export/gift';
import { toMoodleXml } from '../../src/lib/server/export/moodle-xml';
import { qtiFiles } from '../../src/lib/server/export/qti-package';
import { pickersOf } from '../../src/lib/server/studio/explainers/pickers';
import { bankSets } from './export/support';

describe('the detector', () => {
	test.each([
		['““Whenever the US', 'a doubled quotation mark'],
		['“ “Whenever the US', 'a doubled quotation mark'],
		['he said.”” Then', 'a doubled quotation mark'],
		['an empty "" quote', 'a doubled quotation mark'],
		['stay.“"Final', 'a doubled quotation mark'],
		['"“It’s not like this has happened before,” he said."', 'a doubled quotation mark'],
		['…a window to travel.”"', 'a doubled quotation mark'],
		['on 2019(key)', 'a word glued to a parenthesis'],
		['Us politics', 'a label capitalised from an id'],
		['score: undefined', 'a value that never got a label']
	])('finds %j as %s', (line, what) => {
		expect(defects(line, 'here')).toEqual([expect.stringContaining(`here: ${what}: `)]);
	});

	test.each([
		// One straight quotation closed and the next opened: what failed CI on 6 Dec 2026.
		'Spun copy: "Still, the final sanctions stay." "Final" sounds as if they were about to end',
		'“This is not the first time.” “In previous negotiations…”',
		'the word(s) shown',
		'US politics'
	])('passes %j', (line) => {
		expect(defects(line, 'here')).toEqual([]);
	});

	test('names an internal id it is given', () => {
		expect(defects('see q-venezuela-1', 'there', ['q-venezuela-1'])).toEqual([
			'there: internal id "q-venezuela-1"'
		]);
	});
});

describe('quoted: one pair of marks, in the page’s language, the quote’s own made inner ones', () => {
	test.each([
		['plain words', 'en', '“plain words”'],
		['plain words', 'es', '«plain words»'],
		['"Last May"', 'en', '"Last May"'],
		['“Whenever we talk,” he said.', 'en', '“‘Whenever we talk,’ he said.”'],
		['“Whenever we talk,” he said.', 'es', '«“Whenever we talk,” he said.»'],
		['kept the details “very restricted”', 'en', '“kept the details ‘very restricted’”'],
		['five of the so-called "Citgo 6"', 'en', '“five of the so-called ‘Citgo 6’”'],
		['five of the so-called "Citgo 6"', 'es', '«five of the so-called “Citgo 6”»']
	])('%j in %s reads %j', (quote, language, shown) => {
		expect(quoted(quote, language)).toBe(shown);
		expect(defects(shown, 'here')).toEqual([]);
	});
});

/** Every string a reader may see in `value`, with the path that holds it. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

test('no stored question or explainer of any topic has a text defect', () => {
	const found: string[] = [];
	let seen = 0;
	for (const topic of getLibrary().topics)
		for (const item of [...topic.catalog.questions, ...topic.catalog.explainers])
			for (const [path, text] of strings(item, `${topic.id} ${item.id}`)) {
				seen++;
				found.push(...defects(text, path));
			}
	expect(seen).toBeGreaterThan(1000);
	expect(found).toEqual([]);
});

test('no text export (GIFT, Moodle XML, QTI, Anki) doubles a quotation mark around a quote', () => {
	const doubled = DEFECTS.find(([what]) => what === 'a doubled quotation mark')![1];
	const found: string[] = [];
	for (const set of bankSets) {
		const files: Record<string, string> = {
			gift: toGift(set),
			moodle: toMoodleXml(set),
			anki: toAnkiCsv(set),
			...qtiFiles('3.0', set)
		};
		for (const [name, text] of Object.entries(files)) {
			const m = text.match(doubled);
			if (m) found.push(`${set.title} ${name}: …${text.slice(m.index! - 30, m.index! + 30)}…`);
		}
	}
	expect(found).toEqual([]);
});

test('the explainer editor’s fact pickers show each quote with one pair of marks', () => {
	const doubled = DEFECTS.find(([what]) => what === 'a doubled quotation mark')![1];
	const lines = getLibrary().topics.flatMap((t) => pickersOf(t.id).facts.flatMap((f) => f.quotes));
	expect(lines.length).toBeGreaterThan(100);
	expect(lines.filter((l) => doubled.test(l))).toEqual([]);
});
