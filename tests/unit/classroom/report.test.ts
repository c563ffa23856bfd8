/** Item analysis and CSV: the numbers a teacher acts on. */
import { describe, expect, it } from 'vitest';
import { csvCell, itemsCsv, resultsCsv } from '../../../src/lib/server/classroom/csv';
import { pearson, upperLowerGroups } from '../../../src/lib/server/classroom/item-stats';
import { buildReport } from '../../../src/lib/server/classroom/report';
import { catalog } from '../../../src/lib/server/content';
import { questionIds, keyOf } from './support/classroom';

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
		expect(q3.flags.some((f) => f.includes('strongest students chose'))).toBe(true);
		expect(q3.flags.some((f) => f.startsWith('Negative discrimination'))).toBe(true);
	});

	it('writes CSV that spreadsheets read as text, never as formulas', () => {
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell(-2)).toBe('-2');
		const r = reportFor([[1, 0, 1, null]]);
		const results = resultsCsv(r, questionIds);
		expect(results.split('\r\n')[0]).toBe(
			`nickname,score,answered,questions,${questionIds.join(',')}`
		);
		expect(results.split('\r\n')[1]).toMatch(
			/^Student 0,2,3,4,correct,wrong \(option \d\),correct,$/
		);
		const items = itemsCsv(r).split('\r\n');
		expect(items[0]).toContain('question_id,stem,answered,facility,discrimination');
		expect(items.length - 2).toBe(questions.reduce((n, q) => n + q.options.length, 0));
	});
});
