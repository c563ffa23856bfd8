/**
 * One bank file (banks/<bank>.yaml) as the question editor reads and writes it: questions out
 * as editor drafts, and a question put back, added, copied or removed through `editYaml`, which
 * splices at the item's own lines so every other line of the file stays byte-identical.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import { IdSchema } from '../../../content/schema';
import { readVersioned, type VersionedText } from '../versioned-file';
import { editYaml } from '../yaml-edit';
import { fromItem, toItem, type QuestionDraft } from './model';

export interface BankOnDisk extends VersionedText {
	/** Path from the content folder, e.g. "ozone-layer/banks/basics.yaml". */
	path: string;
	title: string;
	/** The raw items, as parsed ([] when the file does not parse). */
	items: unknown[];
}

/** Path of a bank from the content folder. */
export const bankPath = (topic: string, bank: string) => `${topic}/banks/${bank}.yaml`;

/** Ids of the topic's banks (file names under banks/, without .yaml), sorted. */
export function bankIds(root: string, topic: string): string[] {
	try {
		return readdirSync(join(root, topic, 'banks'))
			.filter((n) => n.endsWith('.yaml') && IdSchema.safeParse(n.slice(0, -5)).success)
			.map((n) => n.slice(0, -5))
			.sort();
	} catch {
		return [];
	}
}

/** The bank as it is on disk now, or null when there is no such file. */
export async function readBank(
	root: string,
	topic: string,
	bank: string
): Promise<BankOnDisk | null> {
	const path = bankPath(topic, bank);
	const file = await readVersioned(root, path);
	if (file.version === 'absent') return null;
	const data = parsed(file.text);
	return {
		...file,
		path,
		title: typeof data?.title === 'string' ? data.title : bank,
		items: Array.isArray(data?.questions) ? data.questions : []
	};
}

/** The file's data, or null when it does not parse (the validator reports why). */
function parsed(text: string): { title?: unknown; questions?: unknown[] } | null {
	try {
		// js-yaml: a bank is read on every keystroke's check, and it is many times faster than `yaml`
		return load(text, { schema: CORE_SCHEMA }) as { title?: unknown; questions?: unknown[] } | null;
	} catch {
		return null;
	}
}

/** Position of question `id` in the bank's items, or -1. */
export function indexOf(bank: BankOnDisk, id: string): number {
	return bank.items.findIndex((q) => (q as { id?: unknown } | null)?.id === id);
}

/** The question at `index` as an editor draft. */
export function draftAt(bank: BankOnDisk, index: number): QuestionDraft {
	return fromItem(bank.items[index]);
}

/**
 * The bank text with `draft` in place of the item at `index`, or appended when `index` is null,
 * through `editYaml` (what a save writes). An unchanged question leaves the text as it is.
 * @throws YamlSyntaxError when the bank text is not valid YAML
 */
export function withQuestion(bank: BankOnDisk, index: number | null, draft: QuestionDraft): string {
	const value = toItem(draft);
	if (index !== null && isDeepStrictEqual(bank.items[index], value)) return bank.text;
	return editYaml(bank.text, [
		index === null
			? { op: 'append', path: ['questions'], value }
			: { op: 'set', path: ['questions', index], value }
	]);
}

/** The bank text without the item at `index`; the lines of every other item are kept as they are. */
export function withoutQuestion(text: string, index: number): string {
	return editYaml(text, [{ op: 'delete', path: ['questions', index] }]);
}

/** `base` with "-copy", "-copy-2", … until no item of the bank has that id. */
export function freeId(bank: BankOnDisk, base: string): string {
	const taken = new Set(bank.items.map((q) => (q as { id?: unknown } | null)?.id));
	for (let n = 1; ; n++) {
		const id = `${base}-copy${n === 1 ? '' : `-${n}`}`;
		if (!taken.has(id)) return id;
	}
}
