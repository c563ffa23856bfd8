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

/** A quote that is one quotation already: it opens with a double mark and closes with one. */
const OPENS = /^["“«„]/;
const CLOSES = /["”»]$/;

/**
 * A verbatim quote between the quotation marks of `language` (“…” in English, «…» in Spanish),
 * for running text, a blockquote or a `<q class="as-printed">`. Marks the quote holds itself (it
 * holds someone's words: “Whenever…,” he said) become those of a quotation inside a quotation, as
 * style guides set them (Chicago 13.30; RAE Ortografía 3.4.8): ‘…’ in English, “…” inside «…» in
 * Spanish. So it never reads ““Whenever, nor leaves a reader unsure where the quote begins. A
 * quote that is one quotation already ("Last May") is shown as it is.
 */
export function quoted(quote: string, language = 'en'): string {
	if (OPENS.test(quote) && CLOSES.test(quote)) return quote;
	if (language.startsWith('es'))
		return `«${quote
			.replace(/"([^"]*)"/g, '“$1”')
			.replace(/«/g, '“')
			.replace(/»/g, '”')}»`;
	const inner = quote
		.replace(/"([^"]*)"/g, '‘$1’')
		.replace(/“/g, '‘')
		.replace(/”/g, '’');
	return `“${inner}”`;
}

/** Text folded for matching what someone types: lower case, accents dropped ("Guaidó" → "guaido"). */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
