/**
 * Saving the explainer being edited: the working state written out (file.ts) against the text
 * on disk, then saveOrDraft (version check, validation, atomic write, content reload) — or a
 * draft with its errors when validation fails.
 */
import { slugOf, type ExplainerDraft } from '../../../studio/explainer-draft';
import { m } from '../../../paraglide/messages.js';
import { saveOrDraft, type SaveContext, type SaveResult } from '../save';
import { ABSENT, ConflictError, readVersioned } from '../versioned-file';
import { withStepIds } from './check';
import { writeExplainer } from './file';
import { explainerPath, newExplainerFile } from './store';

/** The file a draft is (or will be) saved to: `file` itself, or a new name for "new". */
export function targetFile(root: string, topic: string, file: string, draft: ExplainerDraft) {
	if (file !== 'new') return file;
	return newExplainerFile(root, topic, draft.slug || slugOf(draft.title) || 'explainer');
}

/**
 * @param file the explainer's file name, or "new"
 * @param version the version the author opened (ABSENT for a new explainer)
 * @returns the file written to, and the save's result (saved, or kept as a draft)
 * @throws ConflictError when the file changed on disk since the author opened it
 */
export async function saveExplainer(
	context: SaveContext,
	topic: string,
	file: string,
	draft: ExplainerDraft,
	version: string
): Promise<{ file: string; result: SaveResult }> {
	const target = targetFile(context.root, topic, file, draft);
	const path = explainerPath(topic, target);
	const now = await readVersioned(context.root, path);
	if (now.version !== version) {
		// Changed since it was opened (or a new explainer's name is taken): writing the draft
		// against today's text would silently undo the other change. The text as opened is not
		// kept, so there is no diff to show; the message says to reload.
		throw new ConflictError(path, '');
	}
	const text = writeExplainer(withStepIds(draft), now.version === ABSENT ? null : now.text);
	const result = await saveOrDraft(
		{
			topic,
			label: (file === 'new' ? m.studio_label_new_explainer : m.studio_label_edit_explainer)({
				file: target
			}),
			changes: [{ path, text, expected: version, opened: now.text }]
		},
		context
	);
	return { file: target, result };
}
