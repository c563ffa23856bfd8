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
