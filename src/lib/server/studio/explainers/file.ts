/**
 * Explainer files ↔ the editor's working state. Writing an existing file changes only what the
 * author changed: each changed field of a step is set in place through yaml-edit, so every other
 * line stays byte-identical; when steps were added, removed or reordered (or a checkpoint taken
 * away), the `steps:` block is written again and the lines above it stay as they were.
 * The format is the one questions/README.md documents (explainers/NN-<slug>.yaml).
 */
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import type { ExplainerDraft, StepDraft } from '../../../studio/explainer-draft';
import { editYaml, type YamlEdit } from '../yaml-edit';

/** A file name under explainers/ without `.yaml`: two digits, a hyphen, the explainer's id. */
export const EXPLAINER_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

const HEADER = '# yaml-language-server: $schema=../../.schema/explainer-file.json\n';

/** One step as the file holds it: `kind` always written, `checkpoint` only when there is one. */
function stepValue(step: StepDraft): Record<string, unknown> {
	const out: Record<string, unknown> = {
		id: step.id,
		kind: step.kind,
		title: step.title,
		body: step.body.trim(),
		facts: step.facts
	};
	if (step.checkpoint) out.checkpoint = step.checkpoint;
	return out;
}

/** The step as read back from a file, in the editor's shape (defaults filled in). */
function stepDraft(raw: Record<string, unknown>): StepDraft {
	const s = (v: unknown) =>
		typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
	const kind = raw.kind === 'timeline' || raw.kind === 'compare' ? raw.kind : 'narrative';
	return {
		id: s(raw.id),
		kind,
		title: s(raw.title),
		body: s(raw.body).trim(),
		facts: Array.isArray(raw.facts) ? raw.facts.map(String) : [],
		checkpoint: s(raw.checkpoint)
	};
}

/**
 * Reads an explainer file's text into the editor's state.
 * @throws Error when the text is not YAML holding a mapping (the editor then cannot open it)
 */
export function readExplainer(text: string): ExplainerDraft {
	const data = parse(text) as Record<string, unknown> | null;
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw new Error('this explainer file does not hold a mapping of fields');
	}
	const str = (v: unknown) => (typeof v === 'string' ? v : '');
	return {
		slug: '',
		title: str(data.title),
		summary: str(data.summary),
		topics: Array.isArray(data.topics) ? data.topics.map(String) : [],
		steps: Array.isArray(data.steps)
			? data.steps.map((s) => stepDraft((s ?? {}) as Record<string, unknown>))
			: []
	};
}

/** Top-level field edits for what changed between `before` and `draft`. */
function topEdits(before: ExplainerDraft, draft: ExplainerDraft): YamlEdit[] {
	const edits: YamlEdit[] = [];
	if (before.title !== draft.title) edits.push({ op: 'set', path: ['title'], value: draft.title });
	if (before.summary !== draft.summary) {
		edits.push({ op: 'set', path: ['summary'], value: draft.summary });
	}
	if (!isDeepStrictEqual(before.topics, draft.topics)) {
		edits.push({ op: 'set', path: ['topics'], value: draft.topics });
	}
	return edits;
}

/** Per-field edits of the steps, or null when only a rewrite of `steps:` can express the change. */
function stepEdits(before: StepDraft[], after: StepDraft[]): YamlEdit[] | null {
	if (before.length !== after.length) return null;
	const edits: YamlEdit[] = [];
	for (const [i, step] of after.entries()) {
		const old = before[i]!;
		if (old.checkpoint && !step.checkpoint) return null; // yaml-edit cannot remove a field
		if (old.id !== step.id && old.title !== step.title && old.body !== step.body) return null;
		const value = stepValue(step);
		for (const key of ['id', 'kind', 'title', 'body', 'facts', 'checkpoint'] as const) {
			if (!isDeepStrictEqual(old[key], step[key]) && key in value) {
				edits.push({ op: 'set', path: ['steps', i, key], value: value[key] });
			}
		}
	}
	return edits;
}

/**
 * The file text for `draft`.
 * @param opened the file's text as the author opened it, or null for a new explainer
 * @throws YamlSyntaxError when `opened` is not valid YAML
 */
export function writeExplainer(draft: ExplainerDraft, opened: string | null): string {
	if (opened === null) {
		return editYaml(`${HEADER}title: ""\n`, [
			{ op: 'set', path: ['title'], value: draft.title },
			{ op: 'set', path: ['summary'], value: draft.summary },
			{ op: 'set', path: ['topics'], value: draft.topics },
			{ op: 'set', path: ['steps'], value: draft.steps.map(stepValue) }
		]);
	}
	const before = readExplainer(opened);
	const steps = stepEdits(before.steps, draft.steps) ?? [
		{ op: 'set', path: ['steps'], value: draft.steps.map(stepValue) } as YamlEdit
	];
	return editYaml(opened, [...topEdits(before, draft), ...steps]);
}
