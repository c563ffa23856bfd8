/**
 * Where a topic's explainers are on disk: listing them, opening one with its version, and naming
 * the file of a new one (explainers/NN-<slug>.yaml, NN one past the highest number in use).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readVersioned, type VersionedText } from '../versioned-file';
import { EXPLAINER_FILE } from './file';

export interface ExplainerEntry {
	/** File name without `.yaml` ("02-caracas-visit-2022"): the editor's URL segment. */
	file: string;
	/** The explainer's id (the file name without its number). */
	id: string;
	title: string;
}

/** The topic's explainer files in order; a title is '' when the file does not parse. */
export function listExplainers(root: string, topic: string): ExplainerEntry[] {
	let names: string[];
	try {
		names = readdirSync(join(root, topic, 'explainers'));
	} catch {
		return [];
	}
	return names
		.filter((n) => n.endsWith('.yaml') && EXPLAINER_FILE.test(n.slice(0, -5)))
		.sort()
		.map((n) => {
			const file = n.slice(0, -5);
			let title = '';
			try {
				const text = readFileSync(join(root, topic, 'explainers', n), 'utf8');
				title = String((parse(text) as { title?: unknown } | null)?.title ?? '');
			} catch {
				/* shown without a title */
			}
			return { file, id: EXPLAINER_FILE.exec(file)![2]!, title };
		});
}

/** Path of explainer `file` relative to the content folder. */
export const explainerPath = (topic: string, file: string) => `${topic}/explainers/${file}.yaml`;

/** The text and version of explainer `file` (version ABSENT when there is no such file). */
export function openExplainer(root: string, topic: string, file: string): Promise<VersionedText> {
	return readVersioned(root, explainerPath(topic, file));
}

/** The file name (without .yaml) a new explainer `slug` gets: the next free number, two digits. */
export function newExplainerFile(root: string, topic: string, slug: string): string {
	const numbers = listExplainers(root, topic).map((e) => Number(EXPLAINER_FILE.exec(e.file)![1]));
	const next = Math.max(0, ...numbers) + 1;
	return `${String(Math.min(next, 99)).padStart(2, '0')}-${slug}`;
}
