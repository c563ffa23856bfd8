/**
 * What the reader view's entity forms share: the spellings a form lists, checked to be in the
 * source (as the validator checks aliases), and the save of one entity's change to entities.yaml.
 */
import { normalize } from '../../content/normalize';
import { saveOrDraft, type SaveContext } from '../save';
import { ConflictError, readVersioned } from '../versioned-file';
import { editYaml, type YamlEdit } from '../yaml-edit';
import type { EntityOutcome } from './make-entity';

/**
 * The spellings in `lines` (one a line, trimmed, each once; `fallback` when none), or the first
 * one that `sourceText` does not contain (compared after `normalize`, as the validator does).
 */
export function spellingsIn(
	lines: string,
	fallback: string,
	sourceText: string
): { spellings: string[] } | { missing: string } {
	const spellings = [
		...new Set(
			lines
				.split('\n')
				.map((a) => a.trim())
				.filter(Boolean)
		)
	];
	if (spellings.length === 0) spellings.push(fallback);
	const body = normalize(sourceText);
	const missing = spellings.find((a) => !body.includes(normalize(a)));
	return missing === undefined ? { spellings } : { missing };
}

/**
 * Applies `edits` to `<topic>/entities.yaml` as it is on disk now (`blank` when there is none
 * yet) and saves it (or keeps a draft when it would not validate) under `label`.
 * @returns entity `id` and the save's result; a 409 with the diff when the file changed meanwhile
 */
export async function saveEntityEdit(
	context: SaveContext,
	topic: string,
	id: string,
	label: string,
	edits: YamlEdit[],
	blank = ''
): Promise<EntityOutcome> {
	const path = `${topic}/entities.yaml`;
	const now = await readVersioned(context.root, path);
	const text = editYaml(now.text || blank, edits);
	try {
		const changes = [{ path, text, expected: now.version, opened: now.text }];
		const result = await saveOrDraft({ topic, label, changes }, context);
		return { ok: true, id, result };
	} catch (error) {
		if (error instanceof ConflictError) {
			return { ok: false, status: 409, message: error.message, diff: error.diff };
		}
		throw error;
	}
}
