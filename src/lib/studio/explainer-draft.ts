/**
 * The explainer editor’s working state, shared by the editor page and the server: what the
 * form holds, before it becomes a file. Looser than the content schema on purpose (a step may
 * have no facts yet, an id may be empty): the validator, not this parser, says what is wrong,
 * next to the field. This parser only refuses what no form of the editor sends (a 400).
 */
import { z } from 'zod';

export const STEP_KINDS = ['narrative', 'timeline', 'compare'] as const;
/** The content schema's bounds (schema.ts): 5 to 12 steps. The editor allows building up to it. */
export const MAX_STEPS = 12;

const line = (max: number) => z.string().max(max).default('');
const slugish = z
	.string()
	.max(80)
	.regex(/^[a-z0-9-]*$/, 'use lower-case letters, digits and hyphens')
	.default('');

export const StepDraftSchema = z.object({
	id: slugish,
	kind: z.enum(STEP_KINDS).default('narrative'),
	title: line(300),
	body: line(20_000),
	facts: z.array(z.string().max(120)).max(200).default([]),
	checkpoint: line(120)
});

export const ExplainerDraftSchema = z.object({
	/** File name slug for a new explainer (explainers/NN-<slug>.yaml); ignored for existing ones. */
	slug: slugish,
	title: line(300),
	summary: line(2000),
	topics: z.array(z.string().max(80)).max(50).default([]),
	steps: z.array(StepDraftSchema).max(MAX_STEPS)
});

export type StepDraft = z.infer<typeof StepDraftSchema>;
export type ExplainerDraft = z.infer<typeof ExplainerDraftSchema>;

/** A new step's blank state. */
export const blankStep = (): StepDraft => ({
	id: '',
	kind: 'narrative',
	title: '',
	body: '',
	facts: [],
	checkpoint: ''
});

/** Form field names of step `i` ("step-2-title"); the page and the parser share them. */
export const stepField = (i: number, field: keyof StepDraft) => `step-${i}-${field}`;

/**
 * The posted editor form → an object for ExplainerDraftSchema. Steps are read while
 * `step-<i>-title` is present. Facts keep the order in `step-<i>-order` (the citation order the
 * page shows), so facts cited already stay in their order and newly ticked ones follow.
 */
export function draftObject(form: FormData): Record<string, unknown> {
	const one = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : undefined;
	};
	const all = (name: string) => [
		...new Set(form.getAll(name).filter((v): v is string => typeof v === 'string'))
	];
	const steps: Record<string, unknown>[] = [];
	for (let i = 0; i <= MAX_STEPS && one(stepField(i, 'title')) !== undefined; i++) {
		// The order the step cites its facts in (the checkboxes post in list order).
		const order = (one(`step-${i}-order`) ?? '').split(',');
		const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
		const facts = all(stepField(i, 'facts')).sort((a, b) => rank(a) - rank(b));
		steps.push({
			id: one(stepField(i, 'id')),
			kind: one(stepField(i, 'kind')),
			title: one(stepField(i, 'title')),
			body: one(stepField(i, 'body')),
			facts,
			checkpoint: one(stepField(i, 'checkpoint'))
		});
	}
	return {
		slug: one('slug'),
		title: one('title'),
		summary: one('summary'),
		topics: all('topics'),
		steps
	};
}

/** A step's id made from its title when the author left it empty ("A surprise visit" → "a-surprise-visit"). */
export function slugOf(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** Moves step `from` one place up or down; out-of-range moves leave the steps as they are. */
export function moveStep(steps: StepDraft[], from: number, dir: 'up' | 'down'): StepDraft[] {
	const to = dir === 'up' ? from - 1 : from + 1;
	if (from < 0 || from >= steps.length || to < 0 || to >= steps.length) return steps;
	const next = [...steps];
	[next[from], next[to]] = [next[to]!, next[from]!];
	return next;
}
