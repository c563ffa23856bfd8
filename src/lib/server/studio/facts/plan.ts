/**
 * What making a fact changes on disk: the topic is read as it is now, the fact appended to a
 * facts file (or the quote to an existing fact), and the result handed to saveOrDraft.
 *
 * A fact file's version is taken when the post arrives, not when the page was opened: adding a
 * fact appends to whatever the file holds now, so an edit made meanwhile is kept, not refused.
 * What must not have changed since the page was opened, the source's text, is checked by its
 * hash (quote.ts).
 */
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Fact } from '$lib/content/schema';
import { m } from '../../../paraglide/messages.js';
import { buildCatalog } from '../../content/build-catalog';
import type { Catalog } from '../../content/catalog';
import { readTree } from '../../content/read-tree';
import { existsSync } from 'node:fs';
import { readVersioned, type FileChange } from '../versioned-file';
import { editYaml } from '../yaml-edit';

export interface TopicOnDisk {
	/** Files of the topic folder, keyed by path inside it ("facts/x.yaml"). */
	files: Record<string, string>;
	catalog: Catalog;
}

/** The topic `topic` under `root` as it is on disk now, or null when there is no such folder. */
export function readTopic(root: string, topic: string): TopicOnDisk | null {
	const folder = join(root, topic);
	if (!existsSync(folder)) return null;
	const files = readTree(folder);
	return { files, catalog: buildCatalog(files, `questions/${topic}`).catalog };
}

const NEW_FACT_FILE = '# yaml-language-server: $schema=../../.schema/fact-file.json\nfacts: []\n';

/** Appends `fact` to facts/<file>.yaml of the topic (created when missing). */
export async function planNewFact(
	root: string,
	topic: string,
	file: string,
	fact: Fact
): Promise<FileChange> {
	const path = `${topic}/facts/${file}.yaml`;
	const now = await readVersioned(root, path);
	const text = editYaml(now.text || NEW_FACT_FILE, [
		{ op: 'append', path: ['facts'], value: fact }
	]);
	return { path, text, expected: now.version, opened: now.text };
}

/** The facts file (path inside the topic) and list position of fact `id`, or null. */
export function whereIsFact(
	files: Record<string, string>,
	id: string
): { file: string; index: number } | null {
	for (const [file, text] of Object.entries(files)) {
		if (!file.startsWith('facts/')) continue;
		const facts = (parseDocument(text).toJS() as { facts?: { id?: string }[] } | null)?.facts;
		const index = Array.isArray(facts) ? facts.findIndex((f) => f?.id === id) : -1;
		if (index >= 0) return { file, index };
	}
	return null;
}

/**
 * Adds a quote from another source to fact `id` (its `evidence` list), or, for a contested fact,
 * to the `evidence` of its version number `version` (1-based, as `contested.versions` lists them).
 * @returns the change, or a message for the author when the fact or version is unknown, a
 *   contested fact is given no version (or a plain one a version), or the quote is already there
 */
export async function planAddQuote(
	root: string,
	topic: TopicOnDisk & { id: string },
	factId: string,
	evidence: { source: string; quote: string },
	version?: number
): Promise<FileChange | { error: string }> {
	const fact = topic.catalog.factById.get(factId);
	const where = whereIsFact(topic.files, factId);
	if (!fact || !where) return { error: m.fact_not_found({ id: factId }) };
	if (version === undefined && !fact.evidence) {
		return { error: m.fact_contested_add({ id: factId }) };
	}
	if (version !== undefined && !fact.contested) {
		return { error: m.fact_not_contested_version({ id: factId }) };
	}
	const chosen = version === undefined ? undefined : fact.contested!.versions[version - 1];
	if (version !== undefined && !chosen) return { error: m.fact_version_unknown({ id: factId }) };
	const list = chosen ? chosen.evidence : fact.evidence!;
	if (list.some((e) => e.source === evidence.source && e.quote === evidence.quote)) {
		return { error: m.fact_has_quote({ id: factId }) };
	}
	const path = `${topic.id}/${where.file}`;
	const now = await readVersioned(root, path);
	const at: (string | number)[] = ['facts', where.index];
	if (chosen) at.push('contested', 'versions', version! - 1);
	const text = editYaml(now.text, [{ op: 'append', path: [...at, 'evidence'], value: evidence }]);
	return { path, text, expected: now.version, opened: now.text };
}
