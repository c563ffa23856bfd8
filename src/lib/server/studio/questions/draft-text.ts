/**
 * The bank text with a draft question in place, made fast enough to run on every keystroke:
 * where each item sits in the bank text is found once per bank version (one `yaml` parse, kept),
 * and the draft is rendered on its own (as `editYaml` renders it) and spliced at its item's
 * lines. A save does not use this: it goes through `editYaml`, which checks its splice.
 */
import { isSeq, parseDocument } from 'yaml';
import { rendered } from '../yaml-edit';
import type { BankOnDisk } from './bank';
import { toItem, type QuestionDraft } from './model';

interface ItemSpan {
	start: number;
	end: number;
	column: number;
}

/** Bank text → its items' spans; a few recent bank versions are kept. */
const kept = new Map<string, ItemSpan[] | null>();

function itemSpans(text: string): ItemSpan[] | null {
	if (kept.has(text)) return kept.get(text)!;
	const doc = parseDocument(text);
	const seq = doc.errors.length === 0 ? doc.get('questions', true) : null;
	const spans =
		isSeq(seq) && !seq.flow && seq.items.length > 0
			? seq.items.map((item) => {
					const [start, end] = (item as { range: [number, number] }).range;
					return { start, end, column: start - (text.lastIndexOf('\n', start - 1) + 1) };
				})
			: null;
	if (kept.size >= 8) kept.delete(kept.keys().next().value!);
	kept.set(text, spans);
	return spans;
}

/** Where the draft item sits in the draft text, for placing problems by field. */
export interface DraftItem {
	/** The item rendered on its own (column 0), as `yaml` reads it. */
	text: string;
	/** 1-based line of its first line in the bank text. */
	line: number;
	/** 0-based column its lines start at in the bank text. */
	column: number;
}

const lineOf = (text: string, offset: number) => {
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
};

/**
 * The bank text with `draft` at `index` (appended when null), and where its item is; null when
 * the bank on disk does not parse or has no block list of questions (then there is no place).
 */
export function draftText(
	bank: BankOnDisk,
	index: number | null,
	draft: QuestionDraft
): { text: string; item: DraftItem } | null {
	const spans = itemSpans(bank.text);
	if (!spans) return index === null ? firstOfNewBank(bank.text, draft) : null;
	const last = spans[spans.length - 1]!;
	const at = index === null ? null : spans[index];
	if (index !== null && !at) return null;
	const column = (at ?? last).column;
	const body = rendered(toItem(draft), column);
	const pad = ' '.repeat(column);
	let text: string;
	let start: number;
	if (at) {
		const newline = bank.text[at.end - 1] === '\n' ? '\n' : '';
		text = bank.text.slice(0, at.start) + body + newline + bank.text.slice(at.end);
		start = at.start;
	} else {
		const cut =
			bank.text[last.end - 1] === '\n'
				? last.end
				: bank.text.indexOf('\n', last.end) + 1 || bank.text.length;
		const before = bank.text.slice(0, cut) + (bank.text[cut - 1] === '\n' ? '' : '\n');
		const lead = `\n${pad.slice(2)}- `;
		text = before + lead + body + '\n' + bank.text.slice(cut);
		start = before.length + lead.length;
	}
	return { text, item: placed(text, start, body, column) };
}

function placed(text: string, start: number, body: string, column: number): DraftItem {
	const standalone = body
		.split('\n')
		.map((l, i) => (i === 0 ? l : l.slice(column)))
		.join('\n');
	return { text: standalone + '\n', line: lineOf(text, start), column };
}

/** A bank named but not yet saved (new-bank.ts) ends with an empty list: the draft is its first item. */
function firstOfNewBank(bankText: string, draft: QuestionDraft) {
	const EMPTY = 'questions: []\n';
	if (!bankText.endsWith(EMPTY)) return null;
	const column = 4;
	const body = rendered(toItem(draft), column);
	const before = `${bankText.slice(0, -EMPTY.length)}questions:\n  - `;
	const text = `${before}${body}\n`;
	return { text, item: placed(text, before.length, body, column) };
}
