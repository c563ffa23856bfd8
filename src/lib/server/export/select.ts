/**
 * Which questions an export holds: a whole bank, in the bank's order, or a chosen list of ids in
 * the order given. Unknown names are refused with a message that lists what exists.
 */
import type { Catalog } from '../content/catalog';
import { exportQuestion, type ExportSet, type ExportTopic } from './model';

export type Choice =
	{ bank: string; questions?: undefined } | { bank?: string; questions: string[] };

export class ExportChoiceError extends Error {}

/** The export set for `choice`; throws ExportChoiceError naming the unknown bank or ids. */
export function chooseSet(catalog: Catalog, topic: ExportTopic, choice: Choice): ExportSet {
	if (choice.questions) {
		const ids = [...new Set(choice.questions)];
		const unknown = ids.filter((id) => !catalog.questionById.has(id));
		if (ids.length === 0) throw new ExportChoiceError('no questions chosen');
		if (unknown.length > 0)
			throw new ExportChoiceError(
				`unknown question id(s) in topic ${topic.id}: ${unknown.join(', ')}`
			);
		const bank = choice.bank ? catalog.bankById.get(choice.bank) : undefined;
		return {
			topic,
			title: bank ? `${bank.title} (chosen questions)` : 'Chosen questions',
			questions: ids.map((id) => exportQuestion(catalog, catalog.questionById.get(id)!))
		};
	}
	const bank = catalog.bankById.get(choice.bank);
	if (!bank)
		throw new ExportChoiceError(
			`unknown bank "${choice.bank}" in topic ${topic.id}; banks: ${catalog.banks.map((b) => b.id).join(', ')}`
		);
	return {
		topic,
		title: bank.title,
		questions: bank.questionIds.map((id) => exportQuestion(catalog, catalog.questionById.get(id)!))
	};
}
