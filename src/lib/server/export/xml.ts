/**
 * Escaping for the XML formats (Moodle XML, QTI). Texts are written as escaped character data,
 * never as CDATA (a text holding `]]>` would end a CDATA section). Characters XML 1.0 forbids
 * (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) cannot be written
 * at all, so they are dropped; content never needs them.
 */
// Matching the control characters XML forbids is the point here.
const INVALID =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** `text` as XML character data or attribute value. */
export function xmlEscape(text: string): string {
	return text.replace(INVALID, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Each line as an HTML paragraph, escaped: the HTML inside Moodle XML and Anki fields. */
export function htmlParagraphs(lines: string[]): string {
	return lines.map((l) => `<p>${xmlEscape(l)}</p>`).join('');
}

/** The XML declaration every file starts with. */
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
