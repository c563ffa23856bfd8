/**
 * CSV for spreadsheets (Excel, LibreOffice Calc, Google Sheets): RFC 4180 quoting, a UTF-8
 * byte-order mark (without it Excel on Windows reads UTF-8 as its ANSI code page: "JosÃ©"), and text
 * that stays the text that was typed.
 *
 * Text cells a spreadsheet would not keep as text get a leading apostrophe, the neutraliser OWASP
 * recommends for CSV injection; the apostrophe shows, but the cell arrives as text and never runs or
 * converts. The rule, applied to the text with surrounding spaces trimmed (as spreadsheets trim):
 * - formula-led: `=`, `+`, `-`, `@` (and their full-width forms), tab or CR/LF first;
 * - number-, date- or time-shaped: only digits, spaces and the characters spreadsheets read in
 *   numbers, dates and times (`. , : / - + % ( )`, currency signs, `e` for exponents), with at
 *   least one digit, optionally followed by am/pm: `00123` (loses its zeros), `3-4` and `1/2` (become
 *   dates), `1e5`, `(12)`, `50%`, `12:30 pm`, `2019`;
 * - a date with a month name and numbers: `March 2019`, `4 Mar`;
 * - `TRUE` / `FALSE` (become booleans).
 * Numbers the app means as numbers (scores, counts) are passed as numbers and written as they are.
 */
const FORMULA_LEAD = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/u;
const NUMBER_LIKE = /^[\d\s.,:/+\-%()$€£¥eE]*\d[\d\s.,:/+\-%()$€£¥eE]*(\s*[ap]\.?m\.?)?$/iu;
const MONTH =
	'(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)';
const MONTH_DATE = new RegExp(`^[\\d\\s.,/\\-]*${MONTH}\\.?[\\d\\s.,/\\-]*$`, 'iu');
const BOOLEAN = /^(true|false)$/iu;

/** True when a spreadsheet opening the CSV would not keep `text` as the text it is. */
export function needsTextGuard(text: string): boolean {
	if (FORMULA_LEAD.test(text)) return true;
	const t = text.trim();
	if (t === '') return false;
	return NUMBER_LIKE.test(t) || (MONTH_DATE.test(t) && /\d/.test(t)) || BOOLEAN.test(t);
}

export type CsvValue = string | number | boolean | null;

/** One cell: strings guarded as above, then quoted when they hold a comma, quote or line break. */
export function csvCell(value: CsvValue): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && needsTextGuard(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: byte-order mark, CRLF line ends (RFC 4180). */
export function toCsv(rows: CsvValue[][]): string {
	return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
