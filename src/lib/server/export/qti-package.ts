/**
 * A QTI content package (IMS Content Packaging, as QTI 2.1 and 3.0 specify it): a zip with
 * `imsmanifest.xml` at its root, one assessment item file per question under `items/`, and an
 * assessment test (`test.xml`) that lists them in order, which is what Canvas, Blackboard and
 * other platforms import as a quiz. The zip is written with fflate (small, no dependencies, and
 * already what the Kahoot spreadsheet writer uses).
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportSet } from './model';
import {
	element,
	QTI_NAMESPACE,
	QTI_SCHEMA_URL,
	qtiIdentifier,
	type QtiVersion
} from './qti-markup';
import { qtiItem } from './qti-item';
import { xmlEscape, XML_DECLARATION } from './xml';

const MANIFEST: Record<
	QtiVersion,
	{ ns: string; schema: string; version: string; item: string; test: string }
> = {
	'2.1': {
		ns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
		schema: 'QTIv2.1 Package',
		version: '1.0.0',
		item: 'imsqti_item_xmlv2p1',
		test: 'imsqti_test_xmlv2p1'
	},
	'3.0': {
		ns: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
		schema: 'QTI Package',
		version: '3.0.0',
		item: 'imsqti_item_xmlv3p0',
		test: 'imsqti_test_xmlv3p0'
	}
};

export const itemPath = (id: string) => `items/${qtiIdentifier(id)}.xml`;

function assessmentTest(version: QtiVersion, set: ExportSet): string {
	const el = (name: string, attrs = {}, children: string[] = []) =>
		element(version, name, attrs, children);
	const test = el(
		'assessmentTest',
		{
			xmlns: QTI_NAMESPACE[version],
			'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'xsi:schemaLocation': `${QTI_NAMESPACE[version]} ${QTI_SCHEMA_URL[version]}`,
			identifier: 'sourced-test',
			title: `${set.topic.title}: ${set.title}`
		},
		[
			el(
				'testPart',
				{ identifier: 'part-1', navigationMode: 'nonlinear', submissionMode: 'individual' },
				[
					el('assessmentSection', { identifier: 'section-1', title: set.title, visible: 'true' }, [
						...set.questions.map((q) =>
							el('assessmentItemRef', { identifier: qtiIdentifier(q.id), href: itemPath(q.id) })
						)
					])
				]
			)
		]
	);
	return `${XML_DECLARATION}\n${test}\n`;
}

function manifest(version: QtiVersion, set: ExportSet): string {
	const m = MANIFEST[version];
	const resource = (id: string, type: string, href: string, deps: string[] = []) =>
		`    <resource identifier="${xmlEscape(id)}" type="${type}" href="${xmlEscape(href)}">` +
		`<file href="${xmlEscape(href)}"/>` +
		deps.map((d) => `<dependency identifierref="${xmlEscape(d)}"/>`).join('') +
		'</resource>';
	const items = set.questions.map((q) => `res-${qtiIdentifier(q.id)}`);
	return [
		XML_DECLARATION,
		`<manifest xmlns="${m.ns}" identifier="sourced-${xmlEscape(set.topic.id)}">`,
		`  <metadata><schema>${m.schema}</schema><schemaversion>${m.version}</schemaversion></metadata>`,
		'  <organizations/>',
		'  <resources>',
		resource('res-test', m.test, 'test.xml', items),
		...set.questions.map((q, i) => resource(items[i]!, m.item, itemPath(q.id))),
		'  </resources>',
		'</manifest>',
		''
	].join('\n');
}

/** The content package as zip bytes: every file's path in the zip mapped to its XML. */
export function qtiFiles(version: QtiVersion, set: ExportSet): Record<string, string> {
	const files: Record<string, string> = {
		'imsmanifest.xml': manifest(version, set),
		'test.xml': assessmentTest(version, set)
	};
	for (const q of set.questions) files[itemPath(q.id)] = qtiItem(version, q, set.topic.language);
	return files;
}

export function toQtiPackage(version: QtiVersion, set: ExportSet): Uint8Array {
	const files = qtiFiles(version, set);
	return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])), {
		mtime: new Date('2020-01-01T00:00:00Z')
	});
}
