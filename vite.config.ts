import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
