/**
 * Two Vite plugins that shape the browser build only (the JavaScript budget is 40 KB gzip a page,
 * PRODUCT.md; `npm run bench:pages` measures it). The server build is untouched.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const path = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const RUNTIME = path('src/lib/paraglide/runtime.js');
const BROWSER_RUNTIME = path('src/lib/i18n/browser-runtime.js');

/**
 * Every import of Paraglide's runtime gets src/lib/i18n/browser-runtime.js (the same exports; the
 * language read from `<html lang>`), which alone imports the real one.
 */
export function browserLocale(): Plugin {
	return {
		name: 'sourced:browser-locale',
		apply: 'build',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		async resolveId(source, importer, options) {
			if (!importer || importer === BROWSER_RUNTIME || !source.endsWith('runtime.js')) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === RUNTIME ? BROWSER_RUNTIME : null;
		}
	};
}

/** The files whose messages every page shows: the root layout and the components it holds. */
const LAYOUT_FILES = ['src/routes/+layout.svelte', 'src/lib/components/LanguageSwitch.svelte'];

/**
 * Svelte, Kit's client, Vite's helper that loads a page's files on client-side navigation, and
 * the small modules of src/lib the root layout imports.
 */
const FRAMEWORK =
	/node_modules[\\/](?:svelte|@sveltejs[\\/]kit)[\\/]|vite[\\/]preload-helper|src[\\/]lib[\\/](?:i18n[\\/]|links\.ts|dates\.ts|reader-locale|paraglide[\\/]runtime)/;

/**
 * What every page that runs the client loads, as one file: Svelte, Kit's client, and the root
 * layout's modules and messages. Left to itself, the bundler makes a file of each set of modules
 * that the same pages share: Paraglide's one module per message made a dozen files of one or two
 * short strings on every page, each with its own imports and its own gzip overhead (1.7 KB in all).
 */
export function everyPageChunk(): Plugin {
	const messages = new Set(
		LAYOUT_FILES.flatMap((f) => [...readFileSync(path(f), 'utf8').matchAll(/\bm\.(\w+)\(/g)]).map(
			(match) => `${match[1]}.js`
		)
	);
	const isLayoutMessage = (id: string) =>
		/[\\/]paraglide[\\/]messages[\\/]/.test(id) && messages.has(id.split(/[\\/]/).pop()!);
	return {
		name: 'sourced:every-page-chunk',
		apply: 'build',
		configEnvironment(name, config) {
			if (name !== 'client') return;
			const output = config.build?.rollupOptions?.output;
			if (Array.isArray(output)) return;
			return {
				build: {
					rollupOptions: {
						output: {
							...output,
							codeSplitting: {
								groups: [
									{ name: 'app', test: (id: string) => FRAMEWORK.test(id) || isLayoutMessage(id) }
								]
							}
						}
					}
				}
			};
		}
	};
}
