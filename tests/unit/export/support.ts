/**
 * What the export tests share: the real content as export sets (every bank), an adversarial set
 * whose texts hold every character a format treats specially, the QTI schemas, and xmllint.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLibrary } from '../../../src/lib/server/content/build-library';
import { readTree } from '../../../src/lib/server/content/read-tree';
import type { ExportQuestion, ExportSet, ExportTopic } from '../../../src/lib/server/export/model';
import { chooseSet } from '../../../src/lib/server/export/select';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const TOPIC: ExportTopic = {
	id: 'us-venezuela-2019-2025',
	title: 'US–Venezuela relations, 2019–2025',
	language: 'en'
};

const entry = buildLibrary(readTree(join(REPO, 'questions'))).library.topicById.get(TOPIC.id)!;
export const { catalog } = entry;

/** One export set per bank of the real content. */
export const bankSets: ExportSet[] = catalog.banks.map((b) =>
	chooseSet(catalog, TOPIC, { bank: b.id })
);

const NASTY = `Tom & Jerry's <b>"quoted"</b> ~tilde =equals #hash {brace} colon: back\\slash ]]> ¿Qué? 中文 🙂`;

function nasty(id: string, n: number): ExportQuestion {
	return {
		id,
		bank: 'adversarial',
		stem: `${n}. ${NASTY} Which is right?\nSecond line of the stem.`,
		options: [
			{
				text: `{=a = b ~c}`,
				correct: false,
				feedback: `Not {=a}: ${NASTY}`,
				label: 'not-stated',
				quotes: []
			},
			{
				text: `Right: ${NASTY}`,
				correct: true,
				feedback: 'Right = yes #1',
				label: null,
				quotes: []
			},
			{
				text: '\\= escaped already \\',
				correct: false,
				feedback: 'Line one\nLine two',
				label: 'contradicted',
				quotes: [
					{ quote: `He said "no" & <left> ~ # = { }`, source: 's', sourceName: 'Outlet: A/B' }
				]
			}
		],
		keyIndex: 1,
		explanation: `Because ${NASTY}`,
		hint: `Hint with ${NASTY}`,
		quotes: [
			{ quote: `“Curly” & 'straight' <quotes>`, source: 's', sourceName: 'El País, 2 Mar 2022' }
		]
	};
}

/** Texts with `& < > " '`, GIFT's `~ = # { } : \`, `]]>`, line breaks and non-ASCII. */
export const adversarialSet: ExportSet = {
	topic: { id: 'adversarial', title: 'Odd <topic> & "title" / slash', language: 'es' },
	title: 'Adversarial: {=a = b ~c}',
	questions: [nasty('adv-one', 1), nasty('2-starts-with-digit', 2)]
};

/**
 * The QTI schemas: SOURCED_QTI_SCHEMAS, else ../shared/schemas beside the repository, else
 * /work/shared/schemas. Throws when none exists: these checks are never skipped.
 */
export function schemasDir(): string {
	const candidates = [
		process.env.SOURCED_QTI_SCHEMAS,
		join(REPO, '../shared/schemas'),
		'/work/shared/schemas'
	];
	const found = candidates.find((d) => d && existsSync(join(d, 'qti-2.1/qtiv2p1/imsqti_v2p1.xsd')));
	if (!found)
		throw new Error(
			`QTI schemas not found (tried ${candidates.filter(Boolean).join(', ')}); set SOURCED_QTI_SCHEMAS to the folder that holds qti-2.1/ and qti-3.0/`
		);
	return found;
}

/** xmllint's verdict on `files` against `xsd`: null when all validate, else its messages. */
export function xmllint(xsd: string, files: string[]): string | null {
	const which = spawnSync('xmllint', ['--version']);
	if (which.error)
		throw new Error(
			"xmllint not found: run `bash scripts/ensure-xmllint.sh` (Debian's libxml2-utils)"
		);
	try {
		execFileSync('xmllint', ['--nonet', '--noout', '--schema', xsd, ...files], { stdio: 'pipe' });
		return null;
	} catch (e) {
		return String((e as { stderr?: Buffer }).stderr ?? e);
	}
}

/** Strips the HTML a format wrapped text in, and decodes its entities, back to plain lines. */
export function htmlToText(html: string): string {
	return html
		.replace(/<\/p><p>/g, '\n')
		.replace(/<br>/g, '\n')
		.replace(/<[^>]+>/g, '')
		.replace(
			/&(lt|gt|quot|apos|amp);/g,
			(_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!
		);
}
