/**
 * The topic as it would be with the explainer's working copy saved, built in memory, so the
 * studio can show the draft in the real student pages before anything is written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { m } from '../../../paraglide/messages.js';
import { buildLibrary } from '../../content/build-library';
import { readTree } from '../../content/read-tree';
import { ABSENT } from '../versioned-file';
import { withStepIds } from './check';
import { EXPLAINER_FILE, readExplainer, writeExplainer } from './file';
import { targetFile } from './save';
import { openExplainer } from './store';
import { readWorking, workingDir } from './working';

/**
 * @returns the draft topic's catalog, its title and the explainer's id in it
 * @throws a 404 when there is nothing to preview, a 422 (listing the errors) when the draft's
 *   explainer cannot be read as one yet
 */
export async function previewOf(root: string, topic: string, file: string) {
	const working = await readWorking(workingDir(), topic, file);
	const disk =
		file === 'new' ? { text: '', version: ABSENT } : await openExplainer(root, topic, file);
	if (!working && disk.version === ABSENT) error(404, m.studio_x_nothing_to_preview());
	const draft = withStepIds(working?.draft ?? readExplainer(disk.text));
	const target = targetFile(root, topic, file, draft);
	const text = writeExplainer(draft, disk.version === ABSENT ? null : disk.text);
	const folder = join(root, topic);
	const files = existsSync(folder) ? readTree(folder) : {};
	files[`explainers/${target}.yaml`] = text;
	const inRoot = Object.fromEntries(Object.entries(files).map(([p, t]) => [`${topic}/${p}`, t]));
	const { library, errors } = buildLibrary(inRoot, '');
	const entry = library.topicById.get(topic);
	const id = EXPLAINER_FILE.exec(target)![2]!;
	if (!entry?.catalog.explainerById.has(id)) {
		const list = errors.map((e) => `${e.file}:${e.line}: ${e.message}`).slice(0, 10);
		error(422, m.studio_x_preview_blocked({ list: list.join('; ') }));
	}
	return { catalog: entry.catalog, title: entry.meta.title, id, errors: errors.length };
}
