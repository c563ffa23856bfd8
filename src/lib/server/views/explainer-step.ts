/**
 * What an explainer step page shows, from a catalog: shared by the student page and the studio's
 * preview of an unsaved draft, so the preview is the real page. Checkpoints go out as public
 * questions (no key); grading happens in the page's `check` action.
 */
import { m } from '$lib/paraglide/messages.js';
import { error } from '@sveltejs/kit';
import type { Catalog } from '../content';
import { grade } from '../quiz/grade';
import { publicIdOf, publicQuestion } from '../quiz/public';
import { factView } from './facts';
import { timelineEntries } from './timeline';

/** Checkpoints keep one option order for everyone, so a projected class sees the same letters. */
const CHECKPOINT_SEED = 'checkpoint';

/** The explainer and step named in a URL; 404 when either is unknown. */
export function findStep(catalog: Catalog, id: string, stepId: string) {
	const x = catalog.explainerById.get(id);
	if (!x) error(404, m.explainer_not_found());
	const index = x.steps.findIndex((s) => s.id === stepId);
	if (index < 0) error(404, m.explainer_no_step({ step: stepId }));
	return { x, index, step: x.steps[index]! };
}

/** The step page's data (without the topic, which the layout or the preview adds). */
export function explainerStepData(catalog: Catalog, id: string, stepId: string) {
	const { x, index, step } = findStep(catalog, id, stepId);
	// A timeline step shows its facts as timeline entries (each with its quotes); other steps list
	// the facts their text rests on.
	const timeline = step.kind === 'timeline';
	const checkpoint = step.checkpoint ? catalog.questionById.get(step.checkpoint) : undefined;
	return {
		explainer: {
			id: x.id,
			title: x.title,
			topic: x.topics[0]!,
			steps: x.steps.map((s) => ({ id: s.id, title: s.title }))
		},
		index,
		step: { id: step.id, kind: step.kind, title: step.title, body: step.body },
		facts: timeline ? [] : step.facts.map((fid) => factView(catalog, fid)),
		timeline: timeline ? timelineEntries(catalog, step.facts) : [],
		checkpoint: checkpoint ? publicQuestion(checkpoint, CHECKPOINT_SEED) : null,
		prev: x.steps[index - 1]?.id ?? null,
		next: x.steps[index + 1]?.id ?? null
	};
}

export type ExplainerStepData = ReturnType<typeof explainerStepData>;

/**
 * Grades a checkpoint answer posted to a step page.
 * @returns the verdict, or a message for a 400 (a foreign question, an unknown option)
 */
export function gradeCheckpoint(
	catalog: Catalog,
	id: string,
	stepId: string,
	question: string,
	choice: number
) {
	const { step } = findStep(catalog, id, stepId);
	if (!step.checkpoint || question !== publicIdOf(step.checkpoint)) {
		return { message: m.explainer_not_this_step() } as const;
	}
	const q = catalog.questionById.get(step.checkpoint)!;
	if (choice < 0 || choice >= q.options.length) {
		return { message: m.quiz_no_option({ choice }) } as const;
	}
	return {
		verdict: grade(catalog, q, choice, CHECKPOINT_SEED),
		progress: { bank: q.bank, topics: q.topics }
	} as const;
}
