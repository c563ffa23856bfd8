/** CSV for spreadsheets: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
import type { Report } from './report';

export function csvCell(value: string | number | boolean | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | boolean | null)[][]): string {
	return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const round = (x: number | null, digits = 3) => (x === null ? null : Number(x.toFixed(digits)));

export function resultsCsv(report: Report, questionIds: string[]): string {
	const header = ['nickname', 'score', 'answered', 'questions', ...questionIds];
	const rows = report.students.map((s) => [
		s.nickname,
		s.score,
		s.answered,
		report.total,
		...s.marks.map((m) =>
			m === null ? '' : m.correct ? 'correct' : `wrong (option ${m.choice + 1})`
		)
	]);
	return toCsv([header, ...rows]);
}

/** One row per option, with its item's statistics repeated, so a pivot table needs no joins. */
export function itemsCsv(report: Report): string {
	const header = [
		'question_id',
		'stem',
		'answered',
		'facility',
		'discrimination',
		'flagged',
		'option',
		'option_text',
		'is_key',
		'why_wrong',
		'misconception',
		'count',
		'share',
		'upper_group',
		'lower_group'
	];
	const rows = report.items.flatMap((item) =>
		item.options.map((o) => [
			item.id,
			item.stem,
			item.answered,
			round(item.facility),
			round(item.discrimination),
			item.flags.join(' | '),
			o.index + 1,
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
