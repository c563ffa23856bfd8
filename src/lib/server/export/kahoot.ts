/**
 * A spreadsheet in Kahoot's quiz template (kahoot.com "Quiz spreadsheet template"): column B the
 * question (at most 120 characters), C–F answers 1–4 (at most 75 characters each), G the time
 * limit in seconds (5, 10, 20, 30, 60, 90, 120 or 240), H the number(s) of the correct
 * answer(s). The template has no column for feedback, explanations or quotes.
 *
 * Texts are never shortened: a cut stem or option can change what it says, or drop the word that
 * makes the key right. A question that does not fit (a longer text, or a fifth option) is left
 * out and listed with the reason, so the teacher can shorten it in Kahoot or leave it out.
 */
import writeExcelFile from 'write-excel-file/node';
import { m } from '../../paraglide/messages.js';
import type { ExportQuestion, ExportSet } from './model';

export const KAHOOT_LIMITS = { stem: 120, option: 75, options: 4 } as const;
export const KAHOOT_TIME_LIMIT = 30;

export const KAHOOT_HEADER = [
	'',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
];

export interface LeftOut {
	id: string;
	reason: string;
}

/** Why `q` does not fit Kahoot's template, or null when it fits. Lengths count characters as people do (code points). */
export function kahootMisfit(q: ExportQuestion): string | null {
	const len = (s: string) => [...s].length;
	if (q.options.length > KAHOOT_LIMITS.options)
		return m.export_misfit_options({ n: q.options.length, max: KAHOOT_LIMITS.options });
	if (len(q.stem) > KAHOOT_LIMITS.stem)
		return m.export_misfit_stem({ n: len(q.stem), max: KAHOOT_LIMITS.stem });
	const long = q.options.findIndex((o) => len(o.text) > KAHOOT_LIMITS.option);
	if (long >= 0)
		return m.export_misfit_option({
			answer: long + 1,
			n: len(q.options[long]!.text),
			max: KAHOOT_LIMITS.option
		});
	return null;
}

/** The .xlsx bytes and the questions left out (with why). */
export async function toKahootXlsx(
	set: ExportSet
): Promise<{ body: Uint8Array<ArrayBuffer>; leftOut: LeftOut[] }> {
	const leftOut: LeftOut[] = [];
	const rows: (string | number | null)[][] = [KAHOOT_HEADER];
	for (const q of set.questions) {
		const misfit = kahootMisfit(q);
		if (misfit) {
			leftOut.push({ id: q.id, reason: misfit });
			continue;
		}
		const answers = [0, 1, 2, 3].map((i) => q.options[i]?.text ?? null);
		rows.push([rows.length, q.stem, ...answers, KAHOOT_TIME_LIMIT, q.keyIndex + 1]);
	}
	const columns = [
		{ width: 4 },
		{ width: 60 },
		...[1, 2, 3, 4].map(() => ({ width: 40 })),
		{ width: 12 },
		{ width: 12 }
	];
	const body = await writeExcelFile(rows, { columns, sheet: 'Kahoot' }).toBuffer();
	return { body: new Uint8Array(body), leftOut };
}
