/**
 * Where a problem goes in the question editor: the validator reports file:line:column, and the
 * editor shows each problem next to the field written at that place in the draft bank text
 * (the stem, option 2's feedback, the supporting facts…). Problems elsewhere in the topic that
 * would still stop a save are listed apart, so the error count on the Save button adds up.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Problem } from '../../content/problems';
import type { DraftItem } from './draft-text';

export interface ShownProblem {
	severity: 'error' | 'warning';
	message: string;
	rule: string;
	/** file:line:column, as `npm run validate` prints it. */
	at: string;
}

export interface PlacedProblems {
	/** Form field name ("stem", "o2.feedback", "key", "supports", …) → its problems. */
	fields: Record<string, ShownProblem[]>;
	/** About the question as a whole (its item, kind or origin). */
	question: ShownProblem[];
	/** Errors in other places of the topic (a save needs them fixed too). */
	elsewhere: ShownProblem[];
	/** Every error a save would be refused for. */
	errors: number;
}

/** Option fields as the form names them. */
const OPTION_FIELD: Record<string, string> = {
	text: 'text',
	why_wrong: 'why',
	fact: 'fact',
	feedback: 'feedback'
};

interface Span {
	field: string;
	start: number;
	end: number;
}

const startOf = (n: unknown) => (n as Node | null)?.range?.[0];
const endOf = (n: unknown) => (n as Node | null)?.range?.[1];

/** The text spans of the question (rendered on its own) and of each of its fields. */
function spansOf(text: string): Span[] {
	const doc = parseDocument(text);
	const item = doc.contents;
	if (!isMap(item) || !item.range) return [];
	const spans: Span[] = [{ field: '', start: item.range[0], end: item.range[1] }];
	const pairSpan = (pair: { key: unknown; value: unknown }, field: string) => {
		const start = startOf(pair.key);
		const end = endOf(pair.value) ?? endOf(pair.key);
		if (start !== undefined && end !== undefined) spans.push({ field, start, end });
	};
	for (const pair of item.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		if (key === 'kind' || key === 'origin') continue;
		pairSpan(pair, key);
		if (key !== 'options' || !isSeq(pair.value)) continue;
		pair.value.items.forEach((option, i) => {
			const s = startOf(option);
			const e = endOf(option);
			if (s !== undefined && e !== undefined) spans.push({ field: `o${i}`, start: s, end: e });
			if (!isMap(option)) return;
			for (const p of option.items) {
				const k = isScalar(p.key) ? String(p.key.value) : '';
				if (k === 'correct') pairSpan(p, 'key');
				else if (OPTION_FIELD[k]) pairSpan(p, `o${i}.${OPTION_FIELD[k]}`);
			}
		});
	}
	return spans;
}

/** Offset in the item's own text of a bank line:column, or -1 outside the item. */
function offsetIn(item: DraftItem, line: number, column: number): number {
	const lines = item.text.split('\n');
	const l = line - item.line;
	if (l < 0 || l >= lines.length - 1) return -1;
	let at = 0;
	for (let i = 0; i < l; i++) at += lines[i]!.length + 1;
	return at + Math.max(0, Math.min(column - 1 - item.column, lines[l]!.length));
}

/** Backticks are for the terminal; the editor shows plain quotes. */
const plain = (message: string) => message.replace(/`([^`]*)`/g, '“$1”');

/**
 * @param problems what `checkDraft` returned for the topic with the draft bank
 * @param bankFile the bank as problems name it ("questions/<topic>/banks/x.yaml")
 * @param item where the edited question is in the draft bank text (null: nowhere to place)
 */
export function placeProblems(
	problems: Problem[],
	bankFile: string,
	item: DraftItem | null
): PlacedProblems {
	const spans = item ? spansOf(item.text) : [];
	const placed: PlacedProblems = { fields: {}, question: [], elsewhere: [], errors: 0 };
	for (const p of problems) {
		if (p.severity === 'error') placed.errors++;
		const shown: ShownProblem = {
			severity: p.severity,
			message: plain(p.message),
			rule: p.rule,
			at: `${p.file}:${p.line}:${p.column}`
		};
		const offset = item && p.file === bankFile ? offsetIn(item, p.line, p.column) : -1;
		const inside = spans.filter((s) => offset >= s.start && offset < Math.max(s.end, s.start + 1));
		if (inside.length === 0) {
			if (p.severity === 'error') placed.elsewhere.push(shown);
			continue;
		}
		const innermost = inside.reduce((a, b) => (b.end - b.start <= a.end - a.start ? b : a));
		if (innermost.field === '') placed.question.push(shown);
		else (placed.fields[innermost.field] ??= []).push(shown);
	}
	return placed;
}
