/**
 * Anki notes as CSV with Anki's file headers (Anki manual, "Importing → Text files → File
 * headers"): comma-separated, HTML fields, note type Basic, a deck per topic and set, a stable
 * GUID per question (so importing again updates the cards instead of adding copies) and tags.
 * Front: the stem and the options lettered A, B, C. Back: the key's letter and text, the
 * explanation, and the key's quotes with their sources.
 *
 * Cells are quoted as RFC 4180 says; the spreadsheet guard the classroom CSVs use (a leading
 * apostrophe) is not applied, since Anki is not a spreadsheet and would show the apostrophe.
 */
import { citeLines, letter, type ExportQuestion, type ExportSet } from './model';
import { xmlEscape } from './xml';

const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const html = (text: string) => xmlEscape(text);
const header = (text: string) => text.replace(/[\r\n]+/g, ' ');
/** Anki tags are separated by spaces, so a tag holds none. */
const tag = (text: string) => text.replace(/\s+/g, '_');

export const ANKI_COLUMNS = ['GUID', 'Front', 'Back', 'Tags'] as const;

export function ankiFront(q: ExportQuestion): string {
	const options = q.options.map((o, i) => `${letter(i)}. ${html(o.text)}`).join('<br>');
	return `<p>${html(q.stem)}</p><p>${options}</p>`;
}

export function ankiBack(q: ExportQuestion): string {
	const key = q.options[q.keyIndex]!;
	const quotes = citeLines(q.quotes).map((l) => `<p>${html(l)}</p>`);
	return [
		`<p><b>${letter(q.keyIndex)}. ${html(key.text)}</b></p>`,
		`<p>${html(q.explanation)}</p>`,
		...quotes
	].join('');
}

/** The whole set as one CSV file (UTF-8, CRLF line ends). */
export function toAnkiCsv(set: ExportSet): string {
	const lines = [
		'#separator:Comma',
		'#html:true',
		'#notetype:Basic',
		`#deck:${header(`Sourced::${set.topic.title}::${set.title}`)}`,
		'#guid column:1',
		'#tags column:4',
		`#columns:${ANKI_COLUMNS.join(',')}`,
		...set.questions.map((q) =>
			[
				`sourced-${set.topic.id}-${q.id}`,
				ankiFront(q),
				ankiBack(q),
				['sourced', tag(set.topic.id), tag(q.bank)].join(' ')
			]
				.map(cell)
				.join(',')
		)
	];
	return lines.join('\r\n') + '\r\n';
}
