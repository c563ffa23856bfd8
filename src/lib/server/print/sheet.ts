/**
 * Builds a printable worksheet: the questions of a bank, a chosen list, a finished quiz attempt or
 * an explainer's checkpoints (with the explainer's steps), numbered, with the sources named; and,
 * only when `withKey` is set (the teacher's answer key, or the student's own finished attempt),
 * each key with its letter, the explanation and its quotes. Without `withKey` nothing in the
 * result says which option is right.
 */
import { m } from '../../paraglide/messages.js';
import type { Sheet, SheetKey, SheetQuestion, SheetStep } from '../../print/types';
import { sourceName } from '../../sources';
import type { Catalog } from '../content/catalog';
import { exportQuestion, letter, type ExportQuestion, type ExportTopic } from '../export/model';

export type SheetSource =
	| { kind: 'bank'; bank: string }
	| { kind: 'chosen'; questions: string[] }
	| {
			kind: 'attempt';
			questions: string[];
			title: string;
			/** Per question, the option order the student saw (authored indexes). */
			orders: number[][];
	  }
	| { kind: 'explainer'; explainer: string };

export class SheetNotFound extends Error {}

function questionOf(q: ExportQuestion, number: number): SheetQuestion {
	return { number, stem: q.stem, options: q.options.map((o) => o.text) };
}

/** `q` with its options in the order a student saw them, so the sheet's letters are theirs. */
function reorder(q: ExportQuestion, order: number[]): ExportQuestion {
	return {
		...q,
		options: order.map((i) => q.options[i]!),
		keyIndex: order.indexOf(q.keyIndex)
	};
}

function keyOf(q: ExportQuestion, number: number): SheetKey {
	return {
		number,
		letter: letter(q.keyIndex),
		text: q.options[q.keyIndex]!.text,
		explanation: q.explanation,
		quotes: q.quotes.map(({ quote, sourceName }) => ({ quote, sourceName }))
	};
}

function questionsFor(catalog: Catalog, source: SheetSource): { title: string; ids: string[] } {
	switch (source.kind) {
		case 'bank': {
			const bank = catalog.bankById.get(source.bank);
			if (!bank) throw new SheetNotFound(m.quiz_no_bank({ bank: source.bank }));
			return { title: bank.title, ids: bank.questionIds };
		}
		case 'chosen':
		case 'attempt': {
			const ids = [...new Set(source.questions)];
			const unknown = ids.filter((id) => !catalog.questionById.has(id));
			if (ids.length === 0) throw new SheetNotFound(m.print_choose_one());
			if (unknown.length > 0) throw new SheetNotFound(m.print_no_question({ id: unknown[0]! }));
			return { title: source.kind === 'attempt' ? source.title : m.print_chosen(), ids };
		}
		case 'explainer': {
			const e = catalog.explainerById.get(source.explainer);
			if (!e) throw new SheetNotFound(m.quiz_no_explainer({ explainer: source.explainer }));
			return { title: e.title, ids: e.steps.flatMap((s) => (s.checkpoint ? [s.checkpoint] : [])) };
		}
	}
}

/** Throws SheetNotFound (a 404 for the route) for an unknown bank, explainer or question. */
export function buildSheet(
	catalog: Catalog,
	topic: ExportTopic,
	source: SheetSource,
	withKey: boolean
): Sheet {
	const { title, ids } = questionsFor(catalog, source);
	const qs = ids.map((id, i) => {
		const q = exportQuestion(catalog, catalog.questionById.get(id)!);
		return source.kind === 'attempt' ? reorder(q, source.orders[i]!) : q;
	});
	const questions = qs.map((q, i) => questionOf(q, i + 1));
	let steps: SheetStep[] = [];
	if (source.kind === 'explainer') {
		const e = catalog.explainerById.get(source.explainer)!;
		let n = 0;
		steps = e.steps.map((s) => ({
			title: s.title,
			body: s.body,
			questions: s.checkpoint ? [questions[n++]!] : []
		}));
	}
	const sourceIds = new Set(
		qs.flatMap((q) => [...q.quotes, ...q.options.flatMap((o) => o.quotes)].map((x) => x.source))
	);
	return {
		topicTitle: topic.title,
		title,
		kind: source.kind,
		steps,
		questions: source.kind === 'explainer' ? [] : questions,
		sources: catalog.sources
			.filter((s) => sourceIds.has(s.id))
			.map((s) => ({ name: sourceName(s), title: s.title })),
		key: withKey ? qs.map((q, i) => keyOf(q, i + 1)) : null
	};
}
