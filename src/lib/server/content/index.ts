/**
 * The app's catalog: content files are bundled at build time (Vite reads `questions/`), built
 * once when the server module loads, and refused — with the validator's own messages — if any
 * file has an error, so neither `vite build` nor the server can start on broken content.
 */
import { buildCatalog } from './build-catalog';
import type { Catalog } from './catalog';
import { formatProblem } from './problems';

const raw = import.meta.glob('/questions/**/*.{yaml,yml,md,txt}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

function load(): Catalog {
	const files = Object.fromEntries(
		Object.entries(raw).map(([path, text]) => [path.replace(/^\/questions\//, ''), text])
	);
	const { catalog, errors } = buildCatalog(files, 'questions');
	if (errors.length > 0) {
		const list = errors.map(formatProblem).join('\n');
		throw new Error(`Content has ${errors.length} error(s); run \`npm run validate\`:\n${list}`);
	}
	return catalog;
}

export const catalog: Catalog = load();

export type { Catalog, CatalogQuestion } from './catalog';
