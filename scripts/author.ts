/**
 * `npm run author`: the app with the studio on, for one author on this machine. It listens on
 * 127.0.0.1 only (nobody else on the network can reach it), makes a fresh random secret for this
 * run and prints a sign-in link that works once. It builds first unless build/ is newer than
 * every source file; then it is `npm start` (same refusals when a server already runs here).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig } from '../src/lib/server/classroom/config';
import { dataFolderHolder } from '../src/lib/server/classroom/store/lock-file';

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile())
			newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

function buildIsCurrent(): boolean {
	const entry = resolve('build/index.js');
	if (!existsSync(entry)) return false;
	const built = statSync(entry).mtimeMs;
	const inputs = ['package.json', 'svelte.config.js', 'vite.config.ts'].map(
		(f) => statSync(f).mtimeMs
	);
	return built > Math.max(newestMtime('src'), newestMtime('static'), ...inputs);
}

// A teacher who lost the sign-in link runs this again while the studio still runs: say what to
// do in her words, before anything is built or opened (the server would refuse with a trace).
const config = readConfig();
const holder = config.databaseUrl ? null : dataFolderHolder(config.dataDir);
if (holder !== null) {
	console.error(
		`The studio (or the app) is already running from this folder (process ${holder}).\n` +
			'Use the sign-in link it printed. For a new link, stop it first (Ctrl+C in its window), ' +
			'then run `npm run author` again.'
	);
	process.exit(1);
}

const secret = randomBytes(24).toString('base64url');
process.env.HOST = '127.0.0.1';
process.env.PORT ||= '3000';
process.env.SOURCED_AUTHOR_SECRET = secret;
process.env.SOURCED_AUTHOR_ONE_TIME = '1';

if (buildIsCurrent()) await import('./serve.js');
// By URL: a literal .ts specifier is refused by the type checker (no allowImportingTsExtensions).
else await import(new URL('./start.ts', import.meta.url).href);

console.log(
	`\nStudio: open this link to sign in (it works once; run \`npm run author\` again for a new one):\n` +
		`  http://localhost:${process.env.PORT}/author/sign-in?secret=${secret}\n`
);
