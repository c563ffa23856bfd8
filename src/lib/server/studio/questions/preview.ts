/**
 * A question or its bank as a student will see them, from the draft before it is saved: the
 * bank with the kept draft in place is built by the live check, and the question is shown and
 * graded by the quiz's own code (publicQuestion, grade) in the quiz's own component.
 */
import type { CatalogQuestion } from '../../content/catalog';
import { draftBuild } from '../live-check';
import type { SaveContext } from '../save';
import { readEdit } from './autosave';
import { draftAt, withQuestion, type BankOnDisk } from './bank';
import { positionIn } from './editor';

export const PREVIEW_SEED = 'studio-preview';

/**
 * The draft's catalog and the bank's questions in it, with the one to show (by id, default the
 * edited question), or the errors that keep the draft from being built.
 */
export async function previewOf(
	context: SaveContext,
	topic: string,
	bankId: string,
	bank: BankOnDisk,
	question: string,
	show: string | null
) {
	const kept = await readEdit(context.drafts, topic, bankId, question);
	const index = positionIn(bank, question);
	const draft = kept?.draft ?? (index !== null && index >= 0 ? draftAt(bank, index) : null);
	const text = draft ? withQuestion(bank, index === -1 ? null : index, draft) : bank.text;
	const { catalog, problems } = draftBuild(context.root, topic, {
		[bank.path.slice(topic.length + 1)]: text
	});
	const ids = catalog.bankById.get(bankId)?.questionIds ?? [];
	const wanted = show && ids.includes(show) ? show : (draft?.id ?? ids[0]);
	const shown: CatalogQuestion | undefined = wanted ? catalog.questionById.get(wanted) : undefined;
	return {
		catalog,
		draftId: draft?.id ?? null,
		questions: ids.map((id) => ({ id, stem: catalog.questionById.get(id)?.stem ?? id })),
		shown,
		errors: problems.filter((p) => p.severity === 'error')
	};
}
