/** What a session can be made from: a question bank, or an explainer's checkpoint questions. */
import { m } from '../../../paraglide/messages.js';
import type { Catalog } from '../../content';
import type { SourceKind } from '../store/schema';

export interface QuizChoice {
	value: string;
	kind: SourceKind;
	id: string;
	title: string;
	questionIds: string[];
}

export function quizChoices(catalog: Catalog): QuizChoice[] {
	const banks = catalog.banks.map((b) => ({
		value: `bank:${b.id}`,
		kind: 'bank' as const,
		id: b.id,
		title: b.title,
		questionIds: b.questionIds
	}));
	const explainers = catalog.explainers
		.map((x) => ({
			value: `explainer:${x.id}`,
			kind: 'explainer' as const,
			id: x.id,
			title: m.teach_checkpoints_title({ title: x.title }),
			questionIds: x.steps
				.map((s) => s.checkpoint)
				.filter((id): id is string => !!id && catalog.questionById.has(id))
		}))
		.filter((x) => x.questionIds.length > 0);
	return [...banks, ...explainers];
}

export function findQuizChoice(catalog: Catalog, value: string): QuizChoice | undefined {
	return quizChoices(catalog).find((c) => c.value === value);
}
