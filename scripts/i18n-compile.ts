/**
 * Compiles the message catalogue (messages/*.json) into src/lib/paraglide without Vite, for
 * svelte-check and ESLint, which read the generated modules but do not run the Vite plugin.
 * Same options as the plugin in vite.config.ts.
 */
import { compile } from '@inlang/paraglide-js';
import { I18N_STRATEGY } from '../src/lib/i18n/strategy.js';

await compile({
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: [...I18N_STRATEGY]
});
