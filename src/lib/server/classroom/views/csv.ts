/**
 * The report's CSV files. Question columns are headed Q1, Q2, … and the stems are in a legend
 * file of their own (questions.csv), not in a section under the results: a CSV file is one table,
 * and Excel and LibreOffice open it as one sheet, where a legend below the students would be sorted,
 * filtered and summed with them. Every file stays one clean rectangle; the legend's first column is
 * the same Q1, Q2, … so a lookup joins them. Answers are written as the letter and text the student
 * saw (the session's one option order), with ✓ or ✗.
 */
import { m } from '../../../paraglide/messages.js';
import { toCsv } from './csv-cell';
import type { ItemStats, Report } from './report';

export { csvCell, toCsv } from './csv-cell';

const round = (x: number | null, digits = 3) => (x === null ? null : Number(x.toFixed(digits)));

/** "B. 2019": the letter and text a student saw for the option with authored index `choice`. */
export function optionAsSeen(item: ItemStats, choice: number): string {
	const o = item.options.find((option) => option.index === choice);
	return o ? `${o.letter}. ${o.text}` : m.csv_option_n({ n: choice + 1 });
}

/** One row per student: score, answered, asked, then their answer to Q1, Q2, … (empty: none). */
export function resultsCsv(report: Report): string {
	const header = [
		m.csv_nickname(),
		m.csv_score(),
		m.csv_answered(),
		m.csv_asked(),
		...report.items.map((i) => i.label)
	];
	const rows = report.students.map((s) => [
		s.nickname,
		s.score,
		s.answered,
		report.total,
		...s.marks.map((mark, qi) =>
			mark === null
				? null
				: `${mark.correct ? '✓' : '✗'} ${optionAsSeen(report.items[qi]!, mark.choice)}`
		)
	]);
	return toCsv([header, ...rows]);
}

/** The legend of results.csv: each question's label, stem, options as lettered, and key. */
export function questionsCsv(report: Report): string {
	const most = Math.max(0, ...report.items.map((i) => i.options.length));
	const letters = Array.from({ length: most }, (_, i) => String.fromCharCode(65 + i));
	const header = [
		m.csv_question(),
		m.csv_stem(),
		...letters.map((l) => m.csv_option_letter({ letter: l })),
		m.csv_key()
	];
	const rows = report.items.map((item) => {
		const key = item.options.find((o) => o.correct);
		return [
			item.label,
			item.stem,
			...letters.map((_, i) => item.options[i]?.text ?? null),
			key ? `${key.letter}. ${key.text}` : null
		];
	});
	return toCsv([header, ...rows]);
}

/** One row per option, with its item's statistics repeated, so a pivot table needs no joins. */
export function itemsCsv(report: Report): string {
	const header = [
		m.csv_question(),
		m.csv_stem(),
		m.csv_answered(),
		m.csv_facility(),
		m.csv_discrimination(),
		m.csv_flagged(),
		m.csv_option(),
		m.csv_option_text(),
		m.csv_is_key(),
		m.csv_why_wrong(),
		m.csv_misconception(),
		m.csv_count(),
		m.csv_share(),
		m.csv_upper_group(),
		m.csv_lower_group()
	];
	const rows = report.items.flatMap((item) =>
		item.options.map((o) => [
			item.label,
			item.stem,
			item.answered,
			round(item.facility),
			round(item.discrimination),
			item.flags.join(' | '),
			o.letter,
			o.text,
			o.correct,
			o.label,
			o.misconception,
			o.count,
			round(o.share),
			o.upper,
			o.lower
		])
	);
	return toCsv([header, ...rows]);
}
