/** Item analysis and CSV: the numbers a teacher acts on. */
import { describe, expect, it } from 'vitest';
import {
	csvCell,
	itemsCsv,
	questionsCsv,
	resultsCsv,
	toCsv
} from '../../../src/lib/server/classroom/views/csv';
import { needsTextGuard } from '../../../src/lib/server/classroom/views/csv-cell';
import { pearson, upperLowerGroups } from '../../../src/lib/server/classroom/views/item-stats';
import { buildReport } from '../../../src/lib/server/classroom/views/report';
import { catalog } from '../topic';
import { questionIds, keyOf } from './support/classroom';
import { parseCsv, unguard } from './support/csv-parse';

const questions = questionIds.map((id) => catalog.questionById.get(id)!);
const wrong = (id: string) => (keyOf(id) + 1) % catalog.questionById.get(id)!.options.length;

/** `pattern[s][q]`: 1 right, 0 wrong (first distractor after the key), null unanswered. */
function reportFor(pattern: (0 | 1 | null)[][]) {
	const students = pattern.map((_, i) => ({ id: `s${i}`, nickname: `Student ${i}` }));
	const answers = pattern.flatMap((row, s) =>
		row.flatMap((mark, q) => {
			if (mark === null) return [];
			const id = questionIds[q]!;
			return [
				{
					student_id: `s${s}`,
					question_id: id,
					choice: mark ? keyOf(id) : wrong(id),
					correct: mark === 1
				}
			];
		})
	);
	return buildReport({ questions, students, answers });
}

describe('item statistics', () => {
	it('computes Pearson correlation, and none for a constant', () => {
		expect(pearson([0, 1, 0, 1], [1, 3, 1, 3])).toBeCloseTo(1);
		expect(pearson([0, 1, 0, 1], [3, 1, 3, 1])).toBeCloseTo(-1);
		expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
		expect(pearson([1], [1])).toBeNull();
	});

	it('splits upper and lower 27%', () => {
		const { upper, lower } = upperLowerGroups([...'abcdefghij']);
		expect([...upper]).toEqual(['a', 'b', 'c']);
		expect([...lower]).toEqual(['h', 'i', 'j']);
	});

	it('reports facility, discrimination, option counts and per-student results', () => {
		const r = reportFor([
			[1, 1, 1, 1],
			[1, 1, 1, 0],
			[1, 1, 0, 0],
			[1, 0, 0, 0],
			[0, 0, 0, null]
		]);
		expect(r.students.map((s) => [s.nickname, s.score, s.answered])).toEqual([
			['Student 0', 4, 4],
			['Student 1', 3, 4],
			['Student 2', 2, 4],
			['Student 3', 1, 4],
			['Student 4', 0, 3]
		]);
		const [q0, q1, , q3] = r.items;
		expect(q0!.facility).toBeCloseTo(0.8);
		expect(q1!.facility).toBeCloseTo(0.6);
		expect(q3!.answered).toBe(4);
		expect(q3!.facility).toBeCloseTo(0.25);
		expect(q1!.discrimination!).toBeGreaterThan(0.5);
		const key = q1!.options.find((o) => o.correct)!;
		expect([key.count, key.upper, key.lower]).toEqual([3, 1, 0]);
		const distractor = q1!.options[wrong(questionIds[1]!)]!;
		expect(distractor.count).toBe(2);
		expect(distractor.label).not.toBeNull();
		expect(distractor.misconception.length).toBeGreaterThan(0);
		expect(r.items.every((i) => i.flags.length === 0)).toBe(true);
	});

	it('flags an item where the strongest students chose a distractor', () => {
		const r = reportFor([
			[1, 1, 1, 0],
			[1, 1, 1, 0],
			[1, 1, 0, 1],
			[0, 0, 0, 1],
			[0, 0, 0, 1]
		]);
		const q3 = r.items[3]!;
		expect(q3.discrimination!).toBeLessThan(0);
		// One student in the upper group: said as one, and the label in words, not its code.
		const flag = q3.flags.find((f) => f.includes('chose'))!;
		expect(flag).toMatch(
			/^The strongest student chose [A-E] “.+” \((contradicted by the sources|not stated in any source)\): /
		);
		expect(q3.flags.some((f) => f.startsWith('Negative discrimination'))).toBe(true);
	});

	it('names the flagged distractor in one pair of quotation marks, its own if it has them', () => {
		// c25-q-witkoff's options quote the source ("Last December"): no “…” around those marks.
		const witkoff = catalog.questionById.get('c25-q-witkoff')!;
		const plain = questions[0]!;
		// Two anchor questions make s0 and s1 the strongest; they pick the distractor of `q`.
		const [a1, a2] = questions.filter((q) => q.id !== plain.id);
		const flagOf = (q: typeof plain) => {
			const k = q.options.findIndex((o) => o.correct);
			const d = (k + 1) % q.options.length;
			const students = [0, 1, 2, 3, 4].map((i) => ({ id: `s${i}`, nickname: `S${i}` }));
			const answers = students.flatMap((s, i) => {
				const strong = i < 2;
				const anchor = (a: typeof plain) => ({
					student_id: s.id,
					question_id: a.id,
					choice: strong ? keyOf(a.id) : wrong(a.id),
					correct: strong
				});
				const target = {
					student_id: s.id,
					question_id: q.id,
					choice: strong ? d : k,
					correct: !strong
				};
				return [anchor(a1!), anchor(a2!), target];
			});
			const report = buildReport({ questions: [a1!, a2!, q], students, answers });
			const flag = report.items[2]!.flags.find((f) => f.includes(' chose '))!;
			return { flag, text: q.options[d]!.text };
		};
		const quoting = flagOf(witkoff);
		expect(quoting.text).toMatch(/^"/);
		expect(quoting.flag).toContain(` ${quoting.text} (`);
		expect(quoting.flag).not.toMatch(/“"|"”/);
		const other = flagOf(plain);
		expect(other.flag).toContain(`“${other.text}”`);
	});

	it('writes CSV that spreadsheets read as text, never as formulas', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell(-2)).toBe('-2');
		expect(toCsv([['a']]).startsWith('\uFEFF')).toBe(true);
	});

	it('keeps as text every cell a spreadsheet would turn into a number, date or boolean', () => {
		const guarded = [
			'=1+1',
			'+44 20',
			'-5',
			'@SUM(A1)',
			'\tx',
			'\rx',
			'＝1',
			'3-4',
			'00123',
			'1/2',
			'2019',
			'12.50',
			'1,000',
			'1e5',
			'(12)',
			'50%',
			'$5',
			'€ 5,00',
			'12:30',
			'10:30 pm',
			'1 1/2',
			'March 2019',
			'4 Mar',
			'Mar-4',
			'2019-03-04',
			'TRUE',
			'false',
			' 00123 '
		];
		const plain = [
			'Ana',
			'Liam O’Brien',
			'2019 talks',
			'About 5 million',
			'Maybe',
			'March on Washington',
			'Mar',
			'e',
			'',
			'Q1',
			'✓ B. 2019',
			'B. 3-4'
		];
		for (const text of guarded) expect([text, needsTextGuard(text)]).toEqual([text, true]);
		for (const text of plain) expect([text, needsTextGuard(text)]).toEqual([text, false]);
		// Read back, every guarded cell is the text that was written, behind one apostrophe.
		const back = parseCsv(toCsv([guarded, plain]));
		expect(back[0]!.map(unguard)).toEqual(guarded);
		expect(back[0]!.every((cell) => cell.startsWith("'"))).toBe(true);
		expect(back[1]).toEqual(plain);
	});

	it('heads results with Q1, Q2, … and writes answers as the letter and text seen', () => {
		const r = reportFor([[1, 0, 1, null]]);
		const results = parseCsv(resultsCsv(r));
		expect(results[0]).toEqual(['nickname', 'score', 'answered', 'asked', 'Q1', 'Q2', 'Q3', 'Q4']);
		const row = results[1]!;
		expect(row.slice(0, 4)).toEqual(['Student 0', '2', '3', '4']);
		questionIds.slice(0, 3).forEach((id, i) => {
			const q = catalog.questionById.get(id)!;
			const choice = i === 1 ? wrong(id) : keyOf(id);
			// Authored order here (no session): the letter is the option's position.
			const seen = `${String.fromCharCode(65 + choice)}. ${q.options[choice]!.text}`;
			expect(row[4 + i]).toBe(`${i === 1 ? '✗' : '✓'} ${seen}`);
		});
		expect(row[7]).toBe('');
		// The legend: the same labels, with stems, options by letter and the key.
		const legend = parseCsv(questionsCsv(r));
		expect(legend[0]!.slice(0, 3)).toEqual(['question', 'stem', 'option A']);
		expect(legend.slice(1).map((l) => l[0])).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
		const q0 = catalog.questionById.get(questionIds[0]!)!;
		expect(unguard(legend[1]![1]!)).toBe(q0.stem);
		expect(legend[1]!.slice(2, 2 + q0.options.length).map(unguard)).toEqual(
			q0.options.map((o) => o.text)
		);
		const items = parseCsv(itemsCsv(r));
		expect(items[0]!.slice(0, 5)).toEqual([
			'question',
			'stem',
			'answered',
			'facility',
			'discrimination'
		]);
		expect(items.length - 1).toBe(questions.reduce((n, q) => n + q.options.length, 0));
		expect(items[1]![0]).toBe('Q1');
		expect(items[1]![6]).toBe('A');
	});
});
