import { isDeepStrictEqual } from 'node:util';
import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { blankStep, MAX_STEPS, moveStep, type ExplainerDraft } from '$lib/studio/explainer-draft';
import { failureOf, studioContext } from '$lib/server/studio/context';
import { contentDir } from '$lib/server/studio/content-root';
import { checkExplainer } from '$lib/server/studio/explainers/check';
import { parseEditor, requireExplainerFile } from '$lib/server/studio/explainers/editor-form';
import { readExplainer } from '$lib/server/studio/explainers/file';
import { pickersOf } from '$lib/server/studio/explainers/pickers';
import { saveExplainer, targetFile } from '$lib/server/studio/explainers/save';
import { openExplainer } from '$lib/server/studio/explainers/store';
import {
	dropWorking,
	keepWorking,
	readWorking,
	workingDir
} from '$lib/server/studio/explainers/working';
import { requireTopic } from '$lib/server/studio/topic-param';
import { ABSENT, ConflictError } from '$lib/server/studio/versioned-file';
import type { Actions, PageServerLoad } from './$types';

const NEW: ExplainerDraft = { slug: '', title: '', summary: '', topics: [], steps: [blankStep()] };

async function opened(topic: string, file: string) {
	if (file === 'new') return { text: '', version: ABSENT, draft: NEW };
	const now = await openExplainer(contentDir(), topic, file);
	if (now.version === ABSENT) error(404, m.studio_x_no_explainer_here({ file }));
	try {
		return { ...now, draft: readExplainer(now.text) };
	} catch {
		error(422, m.studio_x_not_yaml({ file }));
	}
}

export const load: PageServerLoad = async ({ params, url }) => {
	const topic = requireTopic(params.topic);
	const file = requireExplainerFile(params.file);
	const root = contentDir();
	const disk = await opened(topic, file);
	const working = await readWorking(workingDir(), topic, file);
	const restore = url.searchParams.has('restore') && working !== null;
	const draft = restore ? working.draft : disk.draft;
	const path = `explainers/${targetFile(root, topic, file, draft)}.yaml`;
	const { text: _text, ...check } = checkExplainer(
		root,
		topic,
		path,
		draft,
		disk.version === ABSENT ? null : disk.text
	);
	return {
		topic,
		file,
		draft,
		version: restore ? working.version : disk.version,
		restored: restore,
		// Unsaved changes from an earlier visit (a closed tab, a crash): offered, never forced.
		offer:
			!restore && working && !isDeepStrictEqual(working.draft, disk.draft)
				? { kept: working.kept }
				: null,
		check,
		pickers: pickersOf(topic),
		saved: url.searchParams.has('saved')
	};
};

type Edit = { draft: ExplainerDraft; version: string };

/**
 * An action that reshapes the steps (the no-JavaScript way; the page does it in place with
 * JavaScript): reads the posted editor, applies `change` (a message for a 400, or the new
 * steps and the anchor to return to), keeps the result as the working copy and returns to it.
 */
function reshape(
	change: (
		draft: ExplainerDraft,
		form: FormData
	) => string | { steps: ExplainerDraft['steps']; hash: string; preview?: true }
) {
	return async ({
		params,
		request
	}: {
		params: { topic: string; file: string };
		request: Request;
	}) => {
		const topic = requireTopic(params.topic);
		const file = requireExplainerFile(params.file);
		const form = await request.formData().catch(() => null);
		const parsed = parseEditor(form);
		if (!parsed.ok) return fail(400, { message: parsed.message });
		const outcome = change(parsed.draft, form!);
		if (typeof outcome === 'string') return fail(400, { message: outcome });
		const kept: Edit = {
			draft: { ...parsed.draft, steps: outcome.steps },
			version: parsed.version
		};
		await keepWorking(workingDir(), topic, file, kept);
		const editor = `/author/topics/${topic}/explainers/${file}`;
		redirect(303, outcome.preview ? `${editor}/preview` : `${editor}?restore${outcome.hash}`);
	};
}

export const actions: Actions = {
	save: async ({ params, request }) => {
		const topic = requireTopic(params.topic);
		const file = requireExplainerFile(params.file);
		const parsed = parseEditor(await request.formData().catch(() => null));
		if (!parsed.ok) return fail(400, { message: parsed.message });
		// Kept first: whatever happens next, the author's text is on disk.
		await keepWorking(workingDir(), topic, file, parsed);
		const saved = await saveExplainer(
			studioContext(),
			topic,
			file,
			parsed.draft,
			parsed.version
		).catch((e: unknown) => {
			if (e instanceof ConflictError) return e;
			throw e;
		});
		const failure = failureOf(saved instanceof ConflictError ? saved : saved.result);
		if (failure) {
			const { status, ...rest } = failure;
			// The refused state's own problems, by field, so they show where they belong.
			const root = contentDir();
			const now = await openExplainer(root, topic, targetFile(root, topic, file, parsed.draft));
			const { text: _text, ...check } = checkExplainer(
				root,
				topic,
				`explainers/${targetFile(root, topic, file, parsed.draft)}.yaml`,
				parsed.draft,
				now.version === ABSENT ? null : now.text
			);
			return fail(status, { ...rest, state: parsed.draft, version: parsed.version, check });
		}
		const target = (saved as { file: string }).file;
		await dropWorking(workingDir(), topic, file);
		await dropWorking(workingDir(), topic, target);
		redirect(303, `/author/topics/${topic}/explainers/${target}?saved`);
	},
	move: reshape((draft, form) => {
		const [at, dir] = String(form.get('move') ?? '').split(':');
		const from = Number(at);
		if (!Number.isInteger(from) || (dir !== 'up' && dir !== 'down'))
			return m.studio_x_which_step_dir();
		const to = dir === 'up' ? from - 1 : from + 1;
		return { steps: moveStep(draft.steps, from, dir), hash: `#step-${to}` };
	}),
	add: reshape((draft) => {
		if (draft.steps.length >= MAX_STEPS) return m.studio_x_max_steps({ max: MAX_STEPS });
		return { steps: [...draft.steps, blankStep()], hash: `#step-${draft.steps.length}` };
	}),
	remove: reshape((draft, form) => {
		const at = Number(form.get('remove'));
		if (!Number.isInteger(at) || at < 0 || at >= draft.steps.length) return m.studio_x_which_step();
		return { steps: draft.steps.filter((_, i) => i !== at), hash: '#steps-heading' };
	}),
	// Keeps the working copy, then opens it in the student pages.
	preview: reshape((draft) => ({ steps: draft.steps, hash: '', preview: true })),
	discard: async ({ params }) => {
		const topic = requireTopic(params.topic);
		const file = requireExplainerFile(params.file);
		await dropWorking(workingDir(), topic, file);
		redirect(303, `/author/topics/${topic}/explainers/${file}`);
	}
};
