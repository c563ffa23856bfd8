/**
 * Anki CSV read back as CSV (RFC 4180) with its file headers, and the Kahoot spreadsheet read
 * back with read-excel-file; both compared with the source questions. Kahoot's template has
 * no feedback column, so only stems, answers and keys are compared there, and the questions
 * that do not fit its limits must be listed as left out, never cut short.
 */
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toAnkiCsv } from '../../../src/lib/server/export/anki';
import { KAHOOT_LIMITS, toKahootXlsx } from '../../../src/lib/server/export/kahoot';
import type { ExportQuestion, ExportSet } from '../../../src/lib/server/export/model';
import { parseCsv } from '../classroom/support/csv-parse';
import { expectedGeneral } from './expected';
import { adversarialSet, bankSets, htmlToText } from './support';

const letterOf = (i: number) => 'ABCDE'[i]!;

function readAnki(csv: string) {
	const lines = csv.split('\r\n');
	const headers = lines.filter((l) => l.startsWith('#'));
	const rows = parseCsv(lines.filter((l) => !l.startsWith('#')).join('\r\n')).filter(
		(r) => r.length > 1
	);
	return { headers, rows };
}

function ankiDifferences(set: ExportSet): string[] {
	const { headers, rows } = readAnki(toAnkiCsv(set));
	const out: string[] = [];
	if (!headers.includes('#separator:Comma') || !headers.includes('#html:true'))
		out.push('headers missing');
	if (!headers.includes('#columns:GUID,Front,Back,Tags')) out.push('columns header missing');
	if (rows.length !== set.questions.length)
		out.push(`read ${rows.length} notes, wrote ${set.questions.length}`);
	set.questions.forEach((q: ExportQuestion, i) => {
		const [guid, front, back, tags] = rows[i] ?? [];
		const expectedFront = [q.stem, ...q.options.map((o, j) => `${letterOf(j)}. ${o.text}`)].join(
			'\n'
		);
		const key = q.options[q.keyIndex]!;
		const expectedBack = [`${letterOf(q.keyIndex)}. ${key.text}`, expectedGeneral(q)].join('\n');
		if (guid !== `sourced-${set.topic.id}-${q.id}`) out.push(`${q.id}: guid ${guid}`);
		if (htmlToText(front ?? '') !== expectedFront)
			out.push(`${q.id}: front reads ${JSON.stringify(htmlToText(front ?? ''))}`);
		if (htmlToText(back ?? '') !== expectedBack)
			out.push(`${q.id}: back reads ${JSON.stringify(htmlToText(back ?? ''))}`);
		if (!tags?.split(' ').includes(q.bank)) out.push(`${q.id}: tags ${tags}`);
	});
	return out;
}

describe('Anki CSV export', () => {
	it.each([...bankSets, adversarialSet].map((s) => [s.title, s] as const))(
		'reads back every note of "%s": front = stem and lettered options, back = key, explanation, quotes',
		(_, set) => {
			expect(ankiDifferences(set)).toEqual([]);
		}
	);
});

async function readKahoot(set: ExportSet) {
	const { body, leftOut } = await toKahootXlsx(set);
	const rows = (await readSheet(Buffer.from(body))) as (string | number | null)[][];
	return { header: rows[0]!, rows: rows.slice(1), leftOut };
}

describe('Kahoot spreadsheet export', () => {
	it.each([...bankSets, adversarialSet].map((s) => [s.title, s] as const))(
		'"%s": each question that fits reads back as written; each that does not is listed with why',
		async (_, set) => {
			const { header, rows, leftOut } = await readKahoot(set);
			expect(header.slice(1, 8).map(String)).toEqual([
				expect.stringMatching(/^Question/),
				expect.stringMatching(/^Answer 1/),
				expect.stringMatching(/^Answer 2/),
				expect.stringMatching(/^Answer 3/),
				expect.stringMatching(/^Answer 4/),
				expect.stringMatching(/^Time limit/),
				expect.stringMatching(/^Correct answer/)
			]);
			const fits = (q: ExportQuestion) =>
				q.options.length <= KAHOOT_LIMITS.options &&
				[...q.stem].length <= KAHOOT_LIMITS.stem &&
				q.options.every((o) => [...o.text].length <= KAHOOT_LIMITS.option);
			const kept = set.questions.filter(fits);
			expect(leftOut.map((l) => l.id)).toEqual(
				set.questions.filter((q) => !fits(q)).map((q) => q.id)
			);
			expect(leftOut.every((l) => /characters|options/.test(l.reason))).toBe(true);
			expect(rows.length).toBe(kept.length);
			kept.forEach((q, i) => {
				const row = rows[i]!;
				expect(row[1]).toBe(q.stem);
				expect(row.slice(2, 2 + q.options.length)).toEqual(q.options.map((o) => o.text));
				expect(row[6]).toBe(30);
				expect(row[7]).toBe(q.keyIndex + 1);
			});
		}
	);

	it('keeps a question that fits, with a key its answers hold, and leaves out a too-long one', async () => {
		const base = adversarialSet.questions[0]!;
		const short: ExportQuestion = {
			...base,
			id: 'short',
			stem: 'Which is right? & < > " \' 中文',
			options: base.options.map((o, i) => ({ ...o, text: `Option ${i + 1} ~=#{}` }))
		};
		const { rows, leftOut } = await readKahoot({ ...adversarialSet, questions: [short, base] });
		expect(rows).toHaveLength(1);
		expect(rows[0]![1]).toBe(short.stem);
		expect(rows[0]![5]).toBeNull();
		expect(leftOut).toEqual([
			{ id: base.id, reason: expect.stringMatching(/question is \d+ characters; Kahoot takes 120/) }
		]);
	});
});
