/**
 * Checking the explainer being edited, as the author types: the working state is written out as
 * the file it would save, the topic checked with it (live-check.ts, the validator's own rules),
 * and each problem in that file placed next to the field its line and column fall in.
 */
import { isMap, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Problem } from '../../content/problems';
import { checkDraft } from '../live-check';
import { slugOf, type ExplainerDraft } from '../../../studio/explainer-draft';
import { writeExplainer } from './file';

export interface FieldProblem {
	message: string;
	severity: 'error' | 'warning';
}

export interface CheckResult {
	/** Field key ("title", "steps", "step-2-facts", "file") → its problems. */
	fields: Record<string, FieldProblem[]>;
	/** Problems in other files of the topic that the change brings about (cues, references). */
	elsewhere: Problem[];
	errors: number;
	warnings: number;
}

/** The draft with every empty step id made from the step's title, as it will be saved. */
export function withStepIds(draft: ExplainerDraft): ExplainerDraft {
	return {
		...draft,
		steps: draft.steps.map((s, i) => (s.id ? s : { ...s, id: slugOf(s.title) || `step-${i + 1}` }))
	};
}

function offsetOf(text: string, line: number, column: number): number {
	let at = 0;
	for (let l = 1; l < line; l++) {
		const nl = text.indexOf('\n', at);
		if (nl < 0) return text.length;
		at = nl + 1;
	}
	return at + Math.max(0, column - 1);
}

const within = (node: unknown, at: number) => {
	const range = (node as Node | null)?.range;
	return !!range && at >= range[0] && at <= range[1];
};
const keyOf = (pair: Pair) => String((pair.key as { value?: unknown } | null)?.value ?? '');
const pairAt = (pairs: Pair[], at: number) =>
	pairs.find((p) => within(p.key, at) || within(p.value, at));

/** The field key a position in the explainer file's text falls in. */
export function fieldAt(text: string, line: number, column: number): string {
	const doc = parseDocument(text);
	const at = offsetOf(text, line, column);
	if (!isMap(doc.contents)) return 'file';
	const top = pairAt(doc.contents.items, at);
	if (!top) return 'file';
	const key = keyOf(top);
	if (key !== 'steps') return ['title', 'summary', 'topics'].includes(key) ? key : 'file';
	if (!isSeq(top.value)) return 'steps';
	const index = top.value.items.findIndex((item) => within(item, at));
	const item = top.value.items[index];
	if (!isMap(item)) return 'steps';
	const field = pairAt(item.items, at);
	return field ? `step-${index}-${keyOf(field)}` : `step-${index}-title`;
}

/**
 * @param root the content folder; @param topic a checked topic id
 * @param path the explainer's path in the topic ("explainers/03-x.yaml")
 * @param text the file's text as it would be saved (see writeExplainer)
 */
export function checkExplainerText(
	root: string,
	topic: string,
	path: string,
	text: string
): CheckResult {
	const problems = checkDraft(root, topic, { [path]: text });
	const result: CheckResult = { fields: {}, elsewhere: [], errors: 0, warnings: 0 };
	for (const p of problems) {
		if (p.severity === 'error') result.errors++;
		else result.warnings++;
		if (!p.file.endsWith(`${topic}/${path}`)) {
			result.elsewhere.push(p);
			continue;
		}
		const field = fieldAt(text, p.line, p.column);
		(result.fields[field] ??= []).push({ message: p.message, severity: p.severity });
	}
	return result;
}

/** Renders and checks the draft; `opened` is the file as opened (null for a new explainer). */
export function checkExplainer(
	root: string,
	topic: string,
	path: string,
	draft: ExplainerDraft,
	opened: string | null
): CheckResult & { text: string } {
	const text = writeExplainer(withStepIds(draft), opened);
	return { ...checkExplainerText(root, topic, path, text), text };
}
