import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { browserLocale, everyPageChunk } from './scripts/vite/client-bundle.js';
import { progressScripts } from './scripts/vite/progress-scripts.js';
import { I18N_STRATEGY } from './src/lib/i18n/strategy.js';

export default defineConfig({
	plugins: [
		// Compiles messages/{en,es}.json into one tree-shakable function per message, so a page
		// ships only the strings it uses (and pages without client JS ship none).
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: [...I18N_STRATEGY]
		}),
		// The browser build only: the language from <html lang>, and one file for what every page
		// loads (scripts/vite/client-bundle.ts).
		browserLocale(),
		everyPageChunk(),
		// The home and progress pages' own modules (no framework JavaScript on those pages).
		progressScripts(),
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
