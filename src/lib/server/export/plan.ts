/**
 * What the studio's export page shows before a download: the questions of the chosen bank, each
 * with whether the chosen format can hold it (only Kahoot's template cannot always), and the
 * format's keeps/loses notice.
 */
import type { Catalog } from '../content/catalog';
import { FORMATS, type FormatId, type FormatInfo } from './formats';
import { kahootMisfit } from './kahoot';
import { exportQuestion } from './model';

export interface PlannedQuestion {
	id: string;
	stem: string;
	/** Why the format cannot hold it, or null. */
	misfit: string | null;
}

export interface ExportPlan {
	bank: { id: string; title: string };
	format: FormatInfo;
	questions: PlannedQuestion[];
}

/** null when the bank is unknown. */
export function planExport(catalog: Catalog, bankId: string, format: FormatId): ExportPlan | null {
	const bank = catalog.bankById.get(bankId);
	if (!bank) return null;
	return {
		bank: { id: bank.id, title: bank.title },
		format: FORMATS[format],
		questions: bank.questionIds.map((id) => {
			const q = exportQuestion(catalog, catalog.questionById.get(id)!);
			return { id, stem: q.stem, misfit: format === 'kahoot' ? kahootMisfit(q) : null };
		})
	};
}
