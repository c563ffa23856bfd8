import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { I18N_STRATEGY } from './src/lib/i18n/strategy.js';

const RUNTIME = fileURLToPath(new URL('./src/lib/paraglide/runtime.js', import.meta.url));
const BROWSER_RUNTIME = fileURLToPath(
	new URL('./src/lib/i18n/browser-runtime.js', import.meta.url)
);

/**
 * In the browser build, every import of Paraglide's runtime gets src/lib/i18n/browser-runtime.js
 * (the same exports; the language read from `<html lang>`), which alone imports the real one.
 */
function browserLocale(): Plugin {
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

export default defineConfig({
	plugins: [
		// Compiles messages/{en,es}.json into one tree-shakable function per message, so a page
		// ships only the strings it uses (and pages without client JS ship none).
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: [...I18N_STRATEGY]
		}),
		browserLocale(),
		sveltekit()
	],
	server: { port: 5173 },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// Database and process tests on a busy 2-core machine: they wait on conditions, so a
		// generous limit only matters when something is really stuck.
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
