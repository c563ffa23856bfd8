import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { z } from 'zod';
import { readFields } from '$lib/server/form-fields';
import { grade } from '$lib/server/quiz/grade';
import { publicIdOf, publicQuestion } from '$lib/server/quiz/public';
import { factView } from '$lib/server/views/facts';
import { timelineEntries } from '$lib/server/views/timeline';
import { topicOr404 } from '$lib/server/topic';

/** Content pages: no framework JavaScript (see +page.svelte); links and forms do the work. */
export const csr = false;

/** Checkpoints keep one option order for everyone, so a projected class sees the same letters. */
const CHECKPOINT_SEED = 'checkpoint';

function find(params: { topic: string; id: string; step: string }) {
	const { catalog } = topicOr404(params.topic);
	const x = catalog.explainerById.get(params.id);
	if (!x) error(404, m.explainer_not_found());
	const index = x.steps.findIndex((s) => s.id === params.step);
	if (index < 0) error(404, m.explainer_no_step({ step: params.step }));
	return { catalog, x, index, step: x.steps[index]! };
}

export function load({ params }) {
	const { catalog, x, index, step } = find(params);
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
		facts: timeline ? [] : step.facts.map((id) => factView(catalog, id)),
		timeline: timeline ? timelineEntries(catalog, step.facts) : [],
		checkpoint: checkpoint ? publicQuestion(checkpoint, CHECKPOINT_SEED) : null,
		prev: x.steps[index - 1]?.id ?? null,
		next: x.steps[index + 1]?.id ?? null
	};
}

const CheckSchema = z.object({
	question: z.string().min(1).max(120),
	choice: z.coerce.number().int()
});

export const actions = {
	check: async ({ params, request }) => {
		const { catalog, step } = find(params);
		const parsed = CheckSchema.safeParse((await readFields(request)) ?? {});
		if (!parsed.success) return fail(400, { message: m.quiz_choose_first() });
		const { question, choice } = parsed.data;
		if (!step.checkpoint || question !== publicIdOf(step.checkpoint)) {
			return fail(400, { message: m.explainer_not_this_step() });
		}
		const q = catalog.questionById.get(step.checkpoint)!;
		if (choice < 0 || choice >= q.options.length) {
			return fail(400, { message: m.quiz_no_option({ choice }) });
		}
		return {
			verdict: grade(catalog, q, choice, CHECKPOINT_SEED),
			progress: { topic: params.topic, bank: q.bank, topics: q.topics }
		};
	}
};
