/**
 * What a question's fields should read as after a round trip, written here independently of the
 * exporters' own helpers so a test compares the file with the source question, not with itself.
 */
import type {
	ExportOption,
	ExportQuestion,
	ExportQuote
} from '../../../src/lib/server/export/model';

// A quote that is one quotation already ("Last May") stands as it is; any other is set between
// “ and ”, the double marks it holds itself made single, as a quotation inside a quotation.
const whole = (quote: string) => /^["“«„]/.test(quote) && /["”»]$/.test(quote);
const nested = (quote: string) =>
	quote
		.replace(/"([^"]*)"/g, '‘$1’')
		.replace(/“/g, '‘')
		.replace(/”/g, '’');
const cite = (qs: ExportQuote[]) =>
	qs.map((q) => `${whole(q.quote) ? q.quote : `“${nested(q.quote)}”`} (${q.sourceName})`);

/** An option's feedback: its line, then the quotes of the fact that rules it out. */
export const expectedOptionFeedback = (o: ExportOption) =>
	[o.feedback, ...cite(o.quotes)].join('\n');

/** General feedback: the explanation, then the key's quotes. */
export const expectedGeneral = (q: ExportQuestion) => [q.explanation, ...cite(q.quotes)].join('\n');

/** A round-tripped question in one shape, so every format is compared the same way. */
export interface ReadBack {
	id: string;
	stem: string;
	options: { text: string; correct: boolean; feedback?: string }[];
	general?: string;
	hint?: string | null;
}

/** Field-by-field differences between the source question and what was read back. */
export function differences(
	q: ExportQuestion,
	r: ReadBack | undefined,
	fields: { feedback: boolean; hint?: boolean }
): string[] {
	if (!r) return [`${q.id}: missing from the file`];
	const out: string[] = [];
	const same = (what: string, a: unknown, b: unknown) => {
		if (a !== b)
			out.push(`${q.id} ${what}: expected ${JSON.stringify(a)}, read ${JSON.stringify(b)}`);
	};
	same('stem', q.stem, r.stem);
	same('option count', q.options.length, r.options.length);
	same('number of keys', 1, r.options.filter((o) => o.correct).length);
	q.options.forEach((o, i) => {
		same(`option ${i + 1} text`, o.text, r.options[i]?.text);
		same(`option ${i + 1} is key`, o.correct, r.options[i]?.correct);
		if (fields.feedback)
			same(`option ${i + 1} feedback`, expectedOptionFeedback(o), r.options[i]?.feedback);
	});
	if (fields.feedback) same('general feedback', expectedGeneral(q), r.general);
	if (fields.hint) same('hint', q.hint, r.hint ?? null);
	return out;
}
