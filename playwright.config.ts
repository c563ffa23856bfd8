import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium';
import { E2E_AUTHOR_SECRET } from './tests/author-secret';
import { E2E_PORT } from './tests/ports';

// Browser tests run Debian's Chromium (a test tool's own browser download cannot work here).
const port = E2E_PORT;
// The app under test keeps its classroom database in a fresh folder, never in a developer's ./data.
const dataDir = process.env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'sourced-e2e-'));

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// Budgets for a busy 2-core machine (CI, or a laptop compiling something else): tests wait on
	// conditions, so a generous limit costs nothing when the machine is quiet.
	timeout: 90_000,
	expect: { timeout: 15_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		// The offline-reading worker keeps a whole topic in the background after a visit: every test
		// doing that would load this 2-core machine for nothing. tests/e2e/offline.test.ts allows it.
		serviceWorkers: 'block',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	webServer: {
		command: 'npm run build && node scripts/serve.js',
		port,
		env: {
			PORT: String(port),
			ORIGIN: `http://localhost:${port}`,
			DATA_DIR: dataDir,
			SOURCED_AUTHOR_SECRET: E2E_AUTHOR_SECRET
		},
		reuseExistingServer: false,
		timeout: 180_000
	}
});
