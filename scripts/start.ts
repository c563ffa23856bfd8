/**
 * `npm start`: build, then serve, without ever harming a server already running from this folder.
 * A rebuild replaces build/ under a running server, whose next request for a file that moved
 * (a compressed asset, a page chunk it had not loaded yet) then fails. So, before building:
 *   - with PGlite (no DATABASE_URL), a data folder locked by a live process means another server
 *     is running here: refuse, saying which process (the same message the server itself gives);
 *   - a live server serving build/ (scripts/serve.js leaves build/.serving/<pid>) also refuses;
 *   - two starts at once: the second waits for nothing and refuses (build.lock is held).
 * Then `vite build`, and the server runs in this process (so its pid is the one checked above).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConfig } from '../src/lib/server/classroom/config';
import {
	acquireLockFile,
	DataFolderInUseError,
	dataFolderHolder,
	isAlive
} from '../src/lib/server/classroom/store/lock-file';

const BUILD = resolve('build');

function refuse(message: string): never {
	console.error(`${message}\nNothing was built; the running server is untouched.`);
	process.exit(1);
}

/** Live processes serving build/ through scripts/serve.js. */
function serversOfBuild(): number[] {
	let names: string[] = [];
	try {
		names = readdirSync(join(BUILD, '.serving'));
	} catch {
		return [];
	}
	return names.map(Number).filter((pid) => Number.isSafeInteger(pid) && pid > 0 && isAlive(pid));
}

const config = (() => {
	try {
		return readConfig();
	} catch (error) {
		return refuse((error as Error).message);
	}
})();
if (!config.databaseUrl) {
	const holder = dataFolderHolder(config.dataDir);
	if (holder !== null) refuse(new DataFolderInUseError(config.dataDir, holder).message);
}
const serving = serversOfBuild();
if (serving.length > 0) {
	refuse(
		`build/ is being served by another Sourced process (pid ${serving.join(', ')}); building now ` +
			'would replace its files under it. Stop it first, or start one more instance without ' +
			'rebuilding: `npm run serve` (with DATABASE_URL set, instances can share one PostgreSQL server).'
	);
}
const release = acquireLockFile(
	resolve('build.lock'),
	(pid) =>
		new Error(`Another \`npm start\` (pid ${pid}) is building this folder right now; wait for it.`)
);
const built = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build'], {
	stdio: 'inherit'
});
if (built.status !== 0) {
	release();
	process.exit(built.status ?? 1);
}
try {
	await import('./serve.js');
} finally {
	release();
}
