/**
 * What any editor may add to a text file that the content does not mean: a byte-order mark
 * ("UTF-8 with BOM", Notepad's old default) and Windows or classic Mac line endings (Git for
 * Windows checks text out with CRLF unless told otherwise). Both are undone before a file is
 * parsed or hashed, so a file reads, validates and hashes the same from any editor or checkout.
 */

const BOM = '\uFEFF';

/**
 * The text as the content means it: without a leading BOM, and with every CRLF or lone CR
 * turned into LF. Line numbers are unchanged (each kind of break is one line), and so are
 * columns, since a CR only ever ends a line.
 */
export function cleanText(text: string): string {
	const unmarked = text.startsWith(BOM) ? text.slice(BOM.length) : text;
	return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}
