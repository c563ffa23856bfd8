/**
 * One writer for QTI 2.1 and QTI 3.0 markup. The two versions have the same structure for what
 * Sourced exports; QTI 3.0 renames every QTI element and attribute to lower-case words joined by
 * hyphens, elements prefixed `qti-` (`choiceInteraction` → `qti-choice-interaction`,
 * `responseIdentifier` → `response-identifier`; 1EdTech, QTI 3.0 ASI Information Model), while
 * HTML elements such as `p` keep their names. Builders here take the QTI 2.1 names.
 */
import { xmlEscape } from './xml';

export type QtiVersion = '2.1' | '3.0';

export const QTI_NAMESPACE: Record<QtiVersion, string> = {
	'2.1': 'http://www.imsglobal.org/xsd/imsqti_v2p1',
	'3.0': 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0'
};

/** Where each version's schema is published, for `xsi:schemaLocation`. */
export const QTI_SCHEMA_URL: Record<QtiVersion, string> = {
	'2.1': 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
	'3.0': 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0p1_v1p0.xsd'
};

const HTML = new Set(['p', 'div', 'span', 'blockquote', 'cite', 'strong', 'em', 'br']);
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** An element or attribute name in the given version (attributes with a prefix such as `xml:` stay). */
export function qtiName(version: QtiVersion, name: string, kind: 'element' | 'attribute'): string {
	if (version === '2.1' || name.includes(':') || (kind === 'element' && HTML.has(name)))
		return name;
	return kind === 'element' ? `qti-${kebab(name)}` : kebab(name);
}

export type Attrs = Record<string, string | number | boolean | undefined>;

/** Serialises `<name attrs>children</name>`; children are markup already, or escaped text via `text()`. */
export function element(
	version: QtiVersion,
	name: string,
	attrs: Attrs = {},
	children: string[] = []
): string {
	const tag = qtiName(version, name, 'element');
	const a = Object.entries(attrs)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${qtiName(version, k, 'attribute')}="${xmlEscape(String(v))}"`)
		.join('');
	return children.length === 0 ? `<${tag}${a}/>` : `<${tag}${a}>${children.join('')}</${tag}>`;
}

/** Escaped character data. */
export const text = (value: string) => xmlEscape(value);

/**
 * A QTI identifier from a Sourced id: identifiers are XML names (QTI 2.1 `identifier.Type`, an
 * NCName), which cannot start with a digit as a slug can.
 */
export const qtiIdentifier = (id: string) => (/^[a-z_]/i.test(id) ? id : `q-${id}`);
