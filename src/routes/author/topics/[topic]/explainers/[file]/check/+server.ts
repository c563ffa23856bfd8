/**
 * POST the editor's form (as the page holds it) → its problems by field, as JSON. Called as the
 * author types (debounced); it also keeps the working copy, so a closed tab or a crash loses at
 * most the last change not yet sent.
 */
import { json } from '@sveltejs/kit';
import { contentDir } from '$lib/server/studio/content-root';
import { checkExplainer } from '$lib/server/studio/explainers/check';
import { parseEditor, requireExplainerFile } from '$lib/server/studio/explainers/editor-form';
import { targetFile } from '$lib/server/studio/explainers/save';
import { openExplainer } from '$lib/server/studio/explainers/store';
import { keepWorking, workingDir } from '$lib/server/studio/explainers/working';
import { requireTopic } from '$lib/server/studio/topic-param';
import { ABSENT } from '$lib/server/studio/versioned-file';

export async function POST({ params, request }) {
	const topic = requireTopic(params.topic);
	const file = requireExplainerFile(params.file);
	const parsed = parseEditor(await request.formData().catch(() => null));
	if (!parsed.ok) return json({ message: parsed.message }, { status: 400 });
	await keepWorking(workingDir(), topic, file, parsed);
	const root = contentDir();
	const target = targetFile(root, topic, file, parsed.draft);
	const now =
		file === 'new' ? { text: '', version: ABSENT } : await openExplainer(root, topic, file);
	const { text: _text, ...check } = checkExplainer(
		root,
		topic,
		`explainers/${target}.yaml`,
		parsed.draft,
		now.version === ABSENT ? null : now.text
	);
	return json(check);
}
