/**
 * A large topic made of copies of the real one, for benchmarks. Copy 0 is the real content as it
 * is; copy k renames every id (and file) with "-c<k>" and changes each longer word and each number
 * of its prose, in the sources too, by the same suffix, so that:
 * - references and quotes still resolve (a quote and its source change alike, hashes are redone);
 * - the lint and cue rules find what they find in the real content, within each copy, but a copy
 *   is not a near-duplicate of every other copy (real questions are not all asked 60 times);
 *   numbers change too, since a key such as "250" left alone in every copy made each copy's
 *   questions give away every other copy's (5,133 of 6,195 cue pairs ran between copies);
 * - files keep their real layout (block scalars, comments), since the YAML is edited in place.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { hashBody } from '../src/lib/server/content/read-files';

/** Fields whose text a student or author reads (changed per copy); others are ids or labels. */
const PROSE = new Set(
	(
		'stem hint explanation text feedback statement quote name title summary note says label ' +
		'body description role event notes how surname outlet unit'
	).split(' ')
);

/** Fields that name an id (schema.ts): renamed per copy. */
const REFS = new Set(
	'id of source entity same_as said_by sources facts fact supports checkpoint'.split(' ')
);

/** Words the lint and cue rules look for: kept, so each copy trips the same rules. */
const KEEP = new Set(
	(
		'meeting meetings talks conversation conversations negotiation negotiations dialogue ' +
		'process exchange swap deal agreement offer offers proposal proposals guarantee crisis trip ' +
		'trips visit visits plan decision announcement remark remarks statement claim move effort ' +
		'outcome results interview article report sentence quote line copy case regime regimes way ' +
		'official officials expert analyst source figure envoy diplomat negotiator spokesperson ' +
		'spokesman critic senator president minister woman person this these those such that ' +
		'with from they their have been were which what when whom whose into than then them said ' +
		'says about does where according sources reports reported describe described give gives ' +
		'given there would could should will some other happen happened following best fits true ' +
		'correct held made signed reached discussed proposed announced offered quoted called named ' +
		'published printed cited struck after before between among against over under during dated ' +
		'the and for was his her its are did how why not can has had one two any all who way man ' +
		'like none both neither above except never least false incorrect also'
	).split(' ')
);

const suffixOf = (k: number) =>
	String.fromCharCode(97 + (k % 26)) + String.fromCharCode(97 + Math.floor(k / 26));

/** Words of three letters or more, and numbers (digits only, so "1.5" changes as "1" and "5"). */
function mutateProse(text: string, suffix: string): string {
	return text.replace(/\p{L}{3,}|\d+/gu, (w) => (KEEP.has(w.toLowerCase()) ? w : w + suffix));
}

const idOfFile = (path: string) =>
	path
		.split('/')
		.pop()!
		.replace(/\.(ya?ml|md|txt)$/, '')
		.replace(/^\d+-/, '');

/** Every id the content defines: sources, banks and explainers by file, the rest by `id:`. */
function collectIds(files: Record<string, string>): Set<string> {
	const ids = new Set<string>();
	for (const [path, text] of Object.entries(files)) {
		if (/^(sources|banks|explainers)\//.test(path)) ids.add(idOfFile(path));
		if (!path.endsWith('.yaml')) continue;
		for (const m of text.matchAll(/^\s*(?:- )?id:\s*["']?([\w-]+)/gm)) ids.add(m[1]!);
	}
	return ids;
}

function renameFile(path: string, k: number): string {
	return path.replace(/(\.(ya?ml|md|txt))$/, `-c${k}$1`);
}

/** Edit a parsed document in place: rename ids, change prose (not labels such as `topics`). */
function rewrite(doc: Document, ids: Set<string>, k: number) {
	const suffix = suffixOf(k);
	visit(doc, {
		Scalar(key, node, path) {
			if (key === 'key' || typeof node.value !== 'string') return;
			let owner: unknown = path[path.length - 1];
			if (isSeq(owner)) owner = path[path.length - 2];
			const field = isPair(owner) && isScalar(owner.key) ? String(owner.key.value) : '';
			if (REFS.has(field) && ids.has(node.value)) node.value = `${node.value}-c${k}`;
			else if (PROSE.has(field)) node.value = mutateProse(node.value, suffix);
		}
	});
}

function copySource(text: string, ids: Set<string>, k: number): string {
	const m = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
	const doc = parseDocument(m[1]!);
	rewrite(doc, ids, k);
	const body = mutateProse(text.slice(m[0].length), suffixOf(k));
	doc.set('hash', hashBody(body));
	return `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
}

/**
 * @param base one topic's files (paths relative to the topic folder)
 * @param questions copies are added until the topic holds at least this many questions
 * @returns the files of the large topic, same layout
 */
export function realisticTree(
	base: Record<string, string>,
	questions: number
): Record<string, string> {
	const ids = collectIds(base);
	const perCopy = Object.entries(base)
		.filter(([p]) => p.startsWith('banks/'))
		.reduce((n, [, t]) => n + (t.match(/^\s*- kind:/gm)?.length ?? 0), 0);
	const copies = Math.max(1, Math.ceil(questions / Math.max(1, perCopy)));
	const files: Record<string, string> = { ...base };
	const entityFile = Object.keys(base).find((p) => /(^|\/)entities\.yaml$/.test(p));
	const entities = entityFile ? parseDocument(base[entityFile]!) : undefined;
	const entityList = entities?.get('entities');
	for (let k = 1; k < copies; k++) {
		for (const [path, text] of Object.entries(base)) {
			if (path === entityFile) {
				const doc = parseDocument(text);
				rewrite(doc, ids, k);
				const list = doc.get('entities');
				if (isSeq(list) && isSeq(entityList)) entityList.items.push(...list.items);
			} else if (/^sources\/.*\.md$/.test(path)) {
				files[renameFile(path, k)] = copySource(text, ids, k);
			} else if (/^(facts|banks|explainers)\/.*\.ya?ml$/.test(path)) {
				const doc = parseDocument(text);
				rewrite(doc, ids, k);
				files[renameFile(path, k)] = doc.toString({ lineWidth: 0 });
			}
		}
	}
	if (entityFile && entities && isMap(entities.contents))
		files[entityFile] = entities.toString({ lineWidth: 0 });
	return files;
}
