/**
 * QTI 2.1 and 3.0 content packages, unzipped and checked offline: every item and the test
 * validate against 1EdTech's XML Schemas with xmllint (as does the QTI 3.0 manifest; the QTI 2.1
 * manifest's IMS CP schema is not in ../shared/schemas, so it is read back instead), every
 * correct response names a choice that exists, every choice has its feedback and the general
 * feedback is there, and stems, options and feedback read back as written.
 */
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportSet } from '../../../src/lib/server/export/model';
import { qtiName, type QtiVersion } from '../../../src/lib/server/export/qti-markup';
import { toQtiPackage } from '../../../src/lib/server/export/qti-package';
import { differences, type ReadBack } from './expected';
import { adversarialSet, bankSets, schemasDir, xmllint } from './support';

const work = mkdtempSync(join(tmpdir(), 'sourced-qti-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SCHEMA: Record<QtiVersion, { items: string; manifest: string | null }> = {
	'2.1': { items: 'qti-2.1/qtiv2p1/imsqti_v2p1.xsd', manifest: null },
	'3.0': {
		items: 'qti-3.0/imsqti_asiv3p0p1_v1p0.xsd',
		manifest: 'qti-3.0/imsqtiv3p0_imscpv1p2_v1p0.xsd'
	}
};

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) =>
		/^(simpleChoice|qti-simple-choice|modalFeedback|qti-modal-feedback|resource|dependency|p|assessmentItemRef|qti-assessment-item-ref)$/.test(
			name
		),
	parseTagValue: false,
	trimValues: false
});

let n = 0;
function unpack(
	version: QtiVersion,
	set: ExportSet
): { dir: string; files: Record<string, string> } {
	const zip = unzipSync(toQtiPackage(version, set));
	const dir = join(work, `${version}-${n++}`);
	const files: Record<string, string> = {};
	for (const [path, bytes] of Object.entries(zip)) {
		files[path] = strFromU8(bytes);
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), bytes);
	}
	return { dir, files };
}

/** One item read back: its correct response, choices and feedback by identifier. */
function readItem(version: QtiVersion, xml: string) {
	const N = (name: string) => qtiName(version, name, 'element');
	const A = (name: string) => `@${qtiName(version, name, 'attribute')}`;
	const item = parser.parse(xml)[N('assessmentItem')];
	const interaction = item[N('itemBody')][N('choiceInteraction')];
	const correct: string = item[N('responseDeclaration')][N('correctResponse')][N('value')];
	const choices: { '@identifier': string; '#text': string }[] = interaction[N('simpleChoice')];
	const feedback = new Map<string, string>(
		item[N('modalFeedback')].map((f: Record<string, unknown>) => {
			const body = (version === '3.0' ? (f[N('contentBody')] as Record<string, unknown>) : f)
				.p as string[];
			return [f['@identifier'] as string, body.join('\n')];
		})
	);
	const readBack: ReadBack = {
		id: item['@identifier'],
		stem: interaction[N('prompt')],
		options: choices.map((c) => ({
			text: c['#text'],
			correct: c['@identifier'] === correct,
			feedback: feedback.get(c['@identifier'])
		})),
		general: feedback.get('GENERAL')
	};
	return {
		readBack,
		correct,
		choiceIds: choices.map((c) => c['@identifier']),
		feedbackIds: [...feedback.keys()],
		shuffle: interaction[A('shuffle')]
	};
}

describe.each(['2.1', '3.0'] as const)('QTI %s content package', (version) => {
	const sets = [...bankSets, adversarialSet];

	// One xmllint run per schema for every set: loading the QTI 3.0 schema takes seconds.
	it('every item and test of every bank and of the adversarial set validates against the QTI schema', () => {
		const unpacked = sets.map((set) => unpack(version, set));
		const xml = unpacked.flatMap(({ dir, files }) =>
			Object.keys(files)
				.filter((p) => p !== 'imsmanifest.xml')
				.map((p) => join(dir, p))
		);
		expect(xml.length).toBe(sets.reduce((n, s) => n + s.questions.length + 1, 0));
		expect(xmllint(join(schemasDir(), SCHEMA[version].items), xml)).toBeNull();
		const manifestSchema = SCHEMA[version].manifest;
		if (manifestSchema)
			expect(
				xmllint(
					join(schemasDir(), manifestSchema),
					unpacked.map(({ dir }) => join(dir, 'imsmanifest.xml'))
				)
			).toBeNull();
	});

	it.each(sets.map((s) => [s.title, s] as const))(
		'set "%s": every correct response names an existing choice, and every feedback is there',
		(_, set) => {
			const { files } = unpack(version, set);
			const items = Object.entries(files).filter(([p]) => p.startsWith('items/'));
			const problems = items.flatMap(([path, xml]) => {
				const { correct, choiceIds, feedbackIds, shuffle } = readItem(version, xml);
				return [
					...(choiceIds.includes(correct)
						? []
						: [`${path}: correct response ${correct} is not one of ${choiceIds.join(', ')}`]),
					...[...choiceIds, 'GENERAL']
						.filter((id) => !feedbackIds.includes(id))
						.map((id) => `${path}: no feedback ${id}`),
					...(shuffle === 'true' ? [] : [`${path}: options not shuffled`])
				];
			});
			expect(items.length).toBe(set.questions.length);
			expect(problems).toEqual([]);
		}
	);

	it.each(sets.map((s) => [s.title, s] as const))(
		'set "%s": reads back as written, and the manifest and test list every item',
		(_, set) => {
			const { files } = unpack(version, set);
			const reads = Object.entries(files)
				.filter(([p]) => p.startsWith('items/'))
				.map(([, xml]) => readItem(version, xml).readBack);
			const byId = new Map(reads.map((r) => [r.id.replace(/^q-/, ''), r]));
			expect(
				set.questions.flatMap((q) => differences(q, byId.get(q.id), { feedback: true }))
			).toEqual([]);

			const manifest = parser.parse(files['imsmanifest.xml']!).manifest;
			const resources: { '@type': string; '@href': string; file: { '@href': string } }[] =
				manifest.resources.resource;
			const missing = resources.filter(
				(r) => !(r['@href'] in files) || r.file['@href'] !== r['@href']
			);
			expect(missing).toEqual([]);
			const itemType = version === '2.1' ? 'imsqti_item_xmlv2p1' : 'imsqti_item_xmlv3p0';
			expect(resources.filter((r) => r['@type'] === itemType).length).toBe(set.questions.length);
			expect(
				Object.keys(files)
					.filter((p) => p.startsWith('items/'))
					.sort()
			).toEqual(
				resources
					.filter((r) => r['@type'] === itemType)
					.map((r) => r['@href'])
					.sort()
			);
			const N = (name: string) => qtiName(version, name, 'element');
			const test = parser.parse(files['test.xml']!)[N('assessmentTest')];
			const refs: Record<string, string>[] =
				test[N('testPart')][N('assessmentSection')][N('assessmentItemRef')];
			const itemPaths = set.questions.map((q) => `items/${q.id.replace(/^(\d)/, 'q-$1')}.xml`);
			expect(refs.map((r) => r['@href'])).toEqual(itemPaths);
		}
	);
});

describe('QTI schema check', () => {
	it('fails on an item that breaks the schema (so a pass means something)', () => {
		const { dir, files } = unpack('2.1', bankSets[0]!);
		const path = Object.keys(files).find((p) => p.startsWith('items/'))!;
		writeFileSync(join(dir, path), files[path]!.replace('maxChoices="1"', 'maxChoices="one"'));
		expect(xmllint(join(schemasDir(), SCHEMA['2.1'].items), [join(dir, path)])).toMatch(
			/maxChoices/
		);
	});
});
