/**
 * The browser modules of the home and progress pages (src/lib/progress/browser/), built on their
 * own. Those pages run no framework JavaScript (`csr = false`): the server renders them, and these
 * modules fill in what depends on the learner's log, with the same replay, scheduling (ts-fsrs) and
 * entry checks as the rest of the app. Kit's client bundle would share chunks with the framework
 * (and its file names are known only after the server is built), so they get a bundle of their own:
 *
 * - the server build imports `virtual:sourced/progress-scripts`, the URLs of the entries;
 * - the client build emits the same files under `_app/immutable/progress/` and lists them in
 *   Vite's manifest, from which Kit tells the service worker what to precache (so the kept copies
 *   of both pages work offline).
 *
 * The bundle is built once per environment; its output is deterministic, so both agree on names.
 * Under `vite dev` the URLs are the source files, which Vite serves.
 */
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { browserLocale } from './client-bundle.js';

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
/** Entry name → its source, relative to the project root. */
const ENTRIES = {
	home: 'src/lib/progress/browser/home.ts',
	progress: 'src/lib/progress/browser/progress.ts'
};
const DIR = '_app/immutable/progress';
const VIRTUAL = 'virtual:sourced/progress-scripts';
const RESOLVED = `\0${VIRTUAL}`;

/** The entries and the chunks they import, as built for the browser (not written to disk). */
async function bundle(): Promise<Rolldown.OutputChunk[]> {
	const result = await build({
		configFile: false,
		root: path(''),
		logLevel: 'warn',
		publicDir: false,
		plugins: [browserLocale()],
		resolve: { alias: { $lib: path('src/lib') } },
		build: {
			write: false,
			copyPublicDir: false,
			// Imports between these files are plain import(): no preload helper, no polyfill.
			modulePreload: false,
			rolldownOptions: {
				input: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, path(v)])),
				output: { entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js' }
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	return outputs.flatMap((o) => o.output.filter((f) => f.type === 'chunk'));
}

export function progressScripts(): Plugin {
	let serve = false;
	let built: Promise<Rolldown.OutputChunk[]> | undefined;
	const chunks = () => (built ??= bundle());
	return {
		name: 'sourced:progress-scripts',
		configResolved(config) {
			serve = config.command === 'serve';
		},
		// Filters, so the bundler asks only about this module (not every module of the app).
		resolveId: { filter: { id: /^virtual:sourced\/progress-scripts$/ }, handler: () => RESOLVED },
		load: {
			filter: { id: /^\0virtual:sourced\/progress-scripts$/ },
			async handler() {
				const urls: Record<string, string> = {};
				if (serve) for (const [name, src] of Object.entries(ENTRIES)) urls[name] = `/${src}`;
				else for (const c of await chunks()) if (c.isEntry) urls[c.name] = `/${DIR}/${c.fileName}`;
				return `export default ${JSON.stringify(urls)};`;
			}
		},
		generateBundle: {
			// After Vite has written its manifest into the bundle, so the files can be added to it.
			order: 'post',
			async handler(_, bundle) {
				if (serve || this.environment.name !== 'client') return;
				const manifest = bundle['.vite/manifest.json'];
				const listed =
					manifest?.type === 'asset' ? JSON.parse(manifest.source.toString()) : undefined;
				for (const c of await chunks()) {
					const fileName = `${DIR}/${c.fileName}`;
					this.emitFile({ type: 'asset', fileName, source: c.code });
					// Kit lists the manifest's files for the service worker ($service-worker's `build`).
					if (listed) listed[`_${fileName}`] = { file: fileName };
				}
				if (listed) (manifest as Rolldown.OutputAsset).source = JSON.stringify(listed, null, 2);
			}
		}
	};
}
