/** A printable worksheet as the print page renders it (built on the server by print/sheet.ts). */
export interface SheetQuestion {
	number: number;
	stem: string;
	/** Option texts in order; the page letters them A, B, C. */
	options: string[];
}

export interface SheetKey {
	number: number;
	letter: string;
	text: string;
	explanation: string;
	quotes: { quote: string; sourceName: string }[];
}

export interface SheetStep {
	title: string;
	body: string;
	/** Numbers of the questions printed after this step (its checkpoint). */
	questions: SheetQuestion[];
}

export interface Sheet {
	topicTitle: string;
	/** What the sheet covers: a bank's title, "Chosen questions", an explainer's title. */
	title: string;
	kind: 'bank' | 'chosen' | 'explainer' | 'attempt';
	/** Explainer sheets: the steps, each with its checkpoint question. Empty otherwise. */
	steps: SheetStep[];
	/** Question sheets: the questions. For explainers these are inside the steps instead. */
	questions: SheetQuestion[];
	/** The sources the questions rest on, by the one name every page uses. */
	sources: { name: string; title: string }[];
	/** Only on the teacher's answer key and a finished attempt's sheet. */
	key: SheetKey[] | null;
}
