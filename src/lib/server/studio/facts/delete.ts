/**
 * Deleting a fact from the reader view. Refused, naming them, while anything cites the fact
 * (citations.ts); otherwise the fact's lines are cut from its facts file through the YAML editor
 * (nothing else in the file moves), or the file is removed when it was the file's last fact (a
 * facts file holds at least one).
 */
import { m } from '../../../paraglide/messages.js';
import { citationsOf, type Citation } from './citations';
import { storedFacts } from './edit';
import { whereIsFact, type TopicOnDisk } from './plan';
import { readVersioned, type FileChange } from '../versioned-file';
import { editYaml } from '../yaml-edit';

export type DeletePlan =
	| { ok: true; change: FileChange }
	| { ok: false; status: 404 | 409; message: string; citations?: Citation[] };

/** The names of what cites a fact, as one line for a message: “Who won?” (question), … */
export function citedByText(citations: Citation[]): string {
	const kind = {
		question: m.fact_cited_question,
		explainer: m.fact_cited_explainer,
		entity: m.fact_cited_entity,
		fact: m.fact_cited_fact
	};
	return citations.map((c) => kind[c.kind]({ name: c.name })).join('; ');
}

/** The change that deletes fact `factId` of `topic` under `root`, or why it cannot be deleted. */
export async function planDelete(
	root: string,
	topic: TopicOnDisk & { id: string },
	factId: string
): Promise<DeletePlan> {
	const where = whereIsFact(topic.files, factId);
	if (!where || !topic.catalog.factById.has(factId)) {
		return { ok: false, status: 404, message: m.fact_not_found({ id: factId }) };
	}
	const citations = citationsOf(topic.catalog, factId);
	if (citations.length > 0) {
		const message = m.fact_delete_cited({ names: citedByText(citations) });
		return { ok: false, status: 409, message, citations };
	}
	const path = `${topic.id}/${where.file}`;
	const now = await readVersioned(root, path);
	// the index as the file is now (a fact added meanwhile moves it)
	const facts = storedFacts(now.text);
	const index = facts.findIndex((x) => x.id === factId);
	if (index < 0) return { ok: false, status: 404, message: m.fact_not_found({ id: factId }) };
	const change: FileChange =
		facts.length <= 1
			? { path, text: '', expected: now.version, opened: now.text, remove: true }
			: {
					path,
					text: editYaml(now.text, [{ op: 'delete', path: ['facts', index] }]),
					expected: now.version,
					opened: now.text
				};
	return { ok: true, change };
}
