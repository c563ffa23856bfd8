/**
 * The server stays up and answers odd requests with a 4xx: form action names that are not actions
 * (SvelteKit looks them up through the object's prototype), bodies that are not forms (one log
 * line, no stack trace), and static files that vanished under a running server.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	unlinkSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { startApp, type App } from '../unit/classroom/support/app-process';
import { createTestDatabase } from '../unit/classroom/support/databases';
import { E2E_ORIGIN, extraPort } from '../ports';

const apps: App[] = [];
const dirs: string[] = [];
const afterDrops: (() => Promise<void>)[] = [];
test.afterAll(async () => {
	for (const app of apps) await app.stop('SIGKILL');
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	for (const drop of afterDrops) await drop();
});
/** build/ as `npm run build` left it, without the marks of the servers running from it. */
const copyBuild = (to: string) =>
	cpSync('build', to, { recursive: true, filter: (src) => !src.includes(`${sep}.serving`) });
const tempDir = (prefix: string) => {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	dirs.push(dir);
	return dir;
};

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** A URL for every page with form actions, found in src/routes (params filled with valid values). */
const actionRoutes = filesUnder('src/routes')
	.filter((f) => f.endsWith('+page.server.ts'))
	.filter((f) => /export const actions\b/.test(readFileSync(join('src/routes', f), 'utf8')))
	.map(
		(f) =>
			'/' +
			f
				.split(sep)
				.slice(0, -1)
				.join('/')
				.replace(/\[[^\]=]+\]/g, '00000000-0000-4000-8000-000000000000')
				.replace(/\[[^\]]+=slug\]/g, 'a-b')
				.replace(/\[[^\]]+=topic\]/g, 'us-venezuela-2019-2025')
	);

const ODD_NAMES = ['default', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'toString'];

test('an odd action name gets a 404 with a message on every page with actions, from any origin', async ({
	request
}) => {
	test.setTimeout(120_000);
	expect(actionRoutes).toEqual(
		expect.arrayContaining(['/teach', '/join', '/topics/us-venezuela-2019-2025/quiz'])
	);
	expect(actionRoutes.length).toBeGreaterThanOrEqual(8);
	const variants: { what: string; headers: Record<string, string>; data?: string }[] = [
		{ what: 'no body, same origin', headers: { origin: E2E_ORIGIN } },
		{ what: 'no body, no origin', headers: {} },
		{ what: 'no body, another site', headers: { origin: 'http://evil.example' } },
		{
			what: 'a form, another site',
			headers: {
				origin: 'http://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			data: 'a=1'
		},
		{
			what: 'JSON, same origin, as use:enhance asks',
			headers: {
				origin: E2E_ORIGIN,
				'content-type': 'application/json',
				accept: 'application/json',
				'x-sveltekit-action': 'true'
			},
			data: '{}'
		}
	];
	for (const route of actionRoutes) {
		for (const name of ODD_NAMES) {
			for (const v of variants) {
				const res = await request.post(`${route}?/${name}`, {
					headers: v.headers,
					data: v.data,
					maxRedirects: 0
				});
				const where = `${route}?/${name} (${v.what})`;
				expect(res.status(), where).toBe(404);
				expect(await res.text(), where).toContain(`no form action named “${name}”`);
			}
		}
	}
});

test('client errors log one line each and no stack trace', async ({ request }) => {
	test.setTimeout(90_000);
	const app = await startApp(extraPort(4), { DATA_DIR: tempDir('sourced-e2e-log-') });
	apps.push(app);
	const json = {
		origin: app.base,
		'content-type': 'application/json',
		accept: 'application/json',
		'x-sveltekit-action': 'true'
	};
	const statuses: number[] = [];
	for (let i = 0; i < 10; i++) {
		for (const path of ['/join', '/teach', '/topics/us-venezuela-2019-2025/quiz?/start']) {
			const res = await request.post(`${app.base}${path}`, { headers: json, data: '{}' });
			statuses.push(res.status());
		}
	}
	expect(new Set(statuses)).toEqual(new Set([415]));
	const others = [
		await request.get(`${app.base}/no-such-page`),
		await request.post(`${app.base}/join?/__proto__`, { headers: { origin: app.base } }),
		await request.post(`${app.base}/join`, {
			form: { code: 'x', nickname: 'y' },
			headers: { origin: 'http://evil.example' }
		})
	];
	expect(others.map((r) => r.status())).toEqual([404, 404, 403]);
	// handleError logs before the answer is sent; the pipe from the app may lag a little.
	await expect.poll(() => app.stderr().match(/\[http\] 415 /g)?.length ?? 0).toBe(30);
	const lines = app.stderr().trim().split('\n');
	expect(app.stderr()).not.toMatch(/^\s+at /m);
	expect(lines.length).toBeLessThanOrEqual(statuses.length + others.length);
	expect(lines[0]).toMatch(/^\[http\] 415 POST \/join Unsupported Media Type: Form actions expect/);
});

test('a static file deleted under the running server fails its request, not the server', async ({
	request
}) => {
	test.setTimeout(90_000);
	const copy = tempDir('sourced-e2e-build-');
	copyBuild(join(copy, 'build'));
	symlinkSync(resolve('node_modules'), join(copy, 'node_modules')); // the build imports its dependencies
	// The build reads its content from disk at start-up: point it at this checkout's.
	const app = await startApp(
		extraPort(5),
		{ DATA_DIR: join(copy, 'data'), CONTENT_DIR: resolve('questions') },
		[],
		{ cwd: copy }
	);
	apps.push(app);
	const client = join(copy, 'build', 'client');
	const compressed = filesUnder(client).find((f) => f.endsWith('.js.br'))!;
	expect(compressed).toBeTruthy();
	const path = '/' + compressed.slice(0, -3).split(sep).join('/');
	const served = await request.get(`${app.base}${path}`, {
		headers: { 'accept-encoding': 'br' }
	});
	expect(served.status()).toBe(200);
	// A rebuild or a clean-up removes the file; sirv still has it in its list.
	for (const suffix of ['.br', '.gz', '']) {
		rmSync(join(client, compressed.slice(0, -3) + suffix), { force: true });
	}
	const failed = await request
		.get(`${app.base}${path}`, { headers: { 'accept-encoding': 'br' } })
		.then((r) => r.status())
		.catch(() => 'connection cut');
	expect(failed).not.toBe(200);
	// The server is still there, and still serves pages and other files.
	expect((await request.get(`${app.base}/`)).status()).toBe(200);
	expect(app.child.exitCode).toBeNull();
	expect(app.stderr()).toMatch(/\[static\] could not read .*ENOENT/);
	const other = filesUnder(client).find((f) => f.endsWith('.css'))!;
	expect((await request.get(`${app.base}/${other.split(sep).join('/')}`)).status()).toBe(200);
	unlinkSync(join(client, other)); // plain (not compressed) files too
	await request.get(`${app.base}/${other.split(sep).join('/')}`).catch(() => null);
	expect((await request.get(`${app.base}/join`)).status()).toBe(200);
});

/**
 * A copy of this project to run `npm start` in: its own build/ (copied) and scripts, the rest
 * linked. Whatever a second start does to build/, it does to the copy.
 */
function projectCopy(): string {
	const dir = tempDir('sourced-e2e-project-');
	copyBuild(join(dir, 'build'));
	for (const name of ['scripts', 'package.json'])
		cpSync(name, join(dir, name), { recursive: true });
	for (const name of [
		'node_modules',
		'src',
		'questions',
		'static',
		'svelte.config.js',
		'vite.config.ts'
	])
		symlinkSync(resolve(name), join(dir, name));
	return dir;
}

/** Runs `npm start` in `cwd`; resolves with its exit code and output once it exits. */
function npmStart(cwd: string, env: Record<string, string>) {
	const child = spawn('npm', ['start'], { cwd, env: { ...process.env, ...env } });
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	return new Promise<{ code: number | null; output: string }>((done) =>
		child.once('exit', (code) => done({ code, output }))
	);
}

for (const storage of ['PGlite', 'PostgreSQL'] as const) {
	test(`a second npm start in the same folder refuses before building and leaves the first running (${storage})`, async ({
		request
	}) => {
		test.setTimeout(180_000);
		const dir = projectCopy();
		let env: Record<string, string> = { DATA_DIR: join(dir, 'data') };
		if (storage === 'PostgreSQL') {
			const { url, drop } = await createTestDatabase();
			env = { DATABASE_URL: url };
			afterDrops.push(drop);
		}
		const port = extraPort(storage === 'PGlite' ? 9 : 10);
		const first = await startApp(port, env, [], { cwd: dir, entry: 'scripts/serve.js' });
		apps.push(first);
		const index = join(dir, 'build', 'index.js');
		const before = statSync(index).mtimeMs;
		const client = join(dir, 'build', 'client');
		const asset = filesUnder(client).find((f) => f.endsWith('.js.br'))!;
		const assetPath = '/' + asset.slice(0, -3).split(sep).join('/');

		const second = await npmStart(dir, { ...env, PORT: String(port + 100) });
		expect(second.code).not.toBe(0);
		expect(second.output).toContain('Nothing was built; the running server is untouched.');
		expect(second.output).toContain(`pid ${first.child.pid}`);
		expect(second.output).not.toMatch(/vite v\d|transforming|built in/i); // vite never ran
		// build/ is as it was, and the first server serves pages and compressed files as before.
		expect(statSync(index).mtimeMs).toBe(before);
		expect(first.child.exitCode).toBeNull();
		expect((await request.get(`${first.base}/`)).status()).toBe(200);
		const served = await request.get(`${first.base}${assetPath}`, {
			headers: { 'accept-encoding': 'br' }
		});
		expect(served.status()).toBe(200);
	});
}

test('npm run author beside a running server says what to do, without a stack trace', async () => {
	test.setTimeout(180_000);
	const dir = projectCopy();
	const env = { DATA_DIR: join(dir, 'data') };
	const first = await startApp(extraPort(11), env, [], { cwd: dir, entry: 'scripts/serve.js' });
	apps.push(first);
	const child = spawn('npm', ['run', 'author'], {
		cwd: dir,
		env: { ...process.env, ...env, PORT: String(extraPort(12)) }
	});
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const code = await new Promise<number | null>((done) => child.once('exit', done));
	expect(code).not.toBe(0);
	expect(output).toContain(`already running from this folder (process ${first.child.pid})`);
	expect(output).toContain('Ctrl+C');
	expect(output).not.toMatch(/\n\s+at /); // no stack trace
	expect(first.child.exitCode).toBeNull();
});
