/**
 * Explainer bodies are plain text: blank lines separate paragraphs and **double stars** mark
 * bold. Parsed into pieces so pages render them as text nodes — never as HTML.
 */
export interface Piece {
	text: string;
	bold: boolean;
}

export function paragraphs(body: string): Piece[][] {
	return body
		.trim()
		.split(/\n\s*\n/)
		.map((p) =>
			p
				.replace(/\s+/g, ' ')
				.split(/(\*\*[^*]+\*\*)/)
				.filter(Boolean)
				.map((t) =>
					t.startsWith('**') && t.endsWith('**')
						? { text: t.slice(2, -2), bold: true }
						: { text: t, bold: false }
				)
		);
}

/** Quotation marks a quote from a source may already begin or end with. */
const OPENING_MARK = /^["“‘'«„‹]/;
const CLOSING_MARK = /["”’'»›]$/;

/**
 * A verbatim quote between curly quotation marks, for showing in running text or a blockquote.
 * A quote that already opens or closes with a mark (it holds someone's words: “Whenever…,” he
 * said; the so-called “Citgo 6,”) is shown as the source prints it, so it never reads ““Whenever
 * or 6,””.
 */
export function quoted(quote: string): string {
	return hasOwnMarks(quote) ? quote : `“${quote}”`;
}

/**
 * Whether a quote already opens or closes with a quotation mark: then `quoted` adds none, and a
 * `<q>` around it must not either (class `as-printed` in app.css turns the browser's marks off).
 */
export function hasOwnMarks(quote: string): boolean {
	return OPENING_MARK.test(quote) || CLOSING_MARK.test(quote);
}

/** Text folded for matching what someone types: lower case, accents dropped ("Guaidó" → "guaido"). */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
