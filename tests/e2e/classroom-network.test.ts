/**
 * A classroom network just works with the quick start (`scripts/serve.js`, no settings): students
 * post forms through whatever address of the laptop they opened, the lobby's link and QR code carry
 * an address phones can reach, and posts from other sites are still refused. An explicit ORIGIN
 * (behind a proxy) keeps working.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { lanAddresses } from '../../src/lib/server/http/network';
import { startApp, type App } from '../unit/classroom/support/app-process';
import { Visitor } from '../unit/classroom/support/http-client';
import { extraPort } from '../ports';

const apps: App[] = [];
const dirs: string[] = [];
test.afterAll(async () => {
	for (const app of apps) await app.stop('SIGKILL');
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** `npm start`'s server, as on a laptop: no ORIGIN, listening on every interface. */
async function quickStart(port: number, env: Record<string, string> = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'sourced-e2e-net-'));
	dirs.push(dataDir);
	const app = await startApp(port, { ORIGIN: '', HOST: '0.0.0.0', DATA_DIR: dataDir, ...env }, [], {
		entry: 'scripts/serve.js'
	});
	apps.push(app);
	return app;
}

async function createSession(teacher: Visitor) {
	const created = await teacher.form('/teach', {
		topic: 'us-venezuela-2019-2025',
		quiz: 'bank:detainees',
		mode: 'teacher'
	});
	expect(created.status).toBe(303);
	const sessionId = created.location!.split('/').pop()!;
	const html = await (await teacher.get(`/host/${sessionId}`)).text();
	return { sessionId, code: /code:"([A-Z0-9]{7})"/.exec(html)![1]! };
}

/** A raw form post with a chosen Origin (or none). */
function post(base: string, path: string, fields: Record<string, string>, origin: string | null) {
	return fetch(`${base}${path}`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html', // as a browser without JavaScript posts it
			...(origin === null ? {} : { origin })
		},
		body: new URLSearchParams(fields),
		redirect: 'manual'
	});
}

test('form posts through any address of the laptop are accepted; other sites get a 403', async () => {
	test.setTimeout(90_000);
	const port = extraPort(6);
	const app = await quickStart(port);
	// Every address a student could have typed: loopback ones, and this machine's LAN address.
	const hosts = ['127.0.0.1', '127.0.0.2', ...lanAddresses().slice(0, 1)];
	const teacher = new Visitor(`http://${hosts[0]}:${port}`);
	const { code } = await createSession(teacher);
	for (const [i, host] of hosts.entries()) {
		const base = `http://${host}:${port}`;
		const joined = await post(base, '/join', { code, nickname: `Student ${i}` }, base);
		expect(joined.status, base).toBe(303);
		expect(joined.headers.get('location'), base).toMatch(/^\/play\//);
		// A plain-HTTP address gets a cookie a phone keeps (a Secure one would be dropped).
		expect(joined.headers.getSetCookie().join(), base).not.toMatch(/;\s*Secure/i);
	}
	const base = `http://127.0.0.1:${port}`;
	const evil = await post(base, '/join', { code, nickname: 'Mallory' }, 'http://evil.example');
	expect(evil.status).toBe(403);
	expect(await evil.text()).toMatch(/Form posts from another site \(http:\/\/evil\.example\)/);
	// Another address of the same machine is another site too, and so is a post saying nothing.
	const other = await post(
		base,
		'/join',
		{ code, nickname: 'Mallory' },
		`http://127.0.0.2:${port}`
	);
	expect(other.status).toBe(403);
	expect((await post(base, '/join', { code, nickname: 'Mallory' }, null)).status).toBe(403);
	const wrongScheme = await post(
		base,
		'/join',
		{ code, nickname: 'Mallory' },
		`https://127.0.0.1:${port}`
	);
	expect(wrongScheme.status).toBe(403);
	// A client cannot talk the server into another scheme.
	const forged = await fetch(`${base}/join`, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: `https://127.0.0.1:${port}`,
			'x-sourced-scheme': 'https'
		},
		body: new URLSearchParams({ code, nickname: 'Mallory' }),
		redirect: 'manual'
	});
	expect(forged.status).toBe(403);
	expect(app.output()).toContain(`Sourced is running at http://localhost:${port}`);
	for (const ip of lanAddresses())
		expect(app.output()).toContain(`Students on this network join at http://${ip}:${port}/join`);
});

test('with ORIGIN set (behind a proxy), posts from it work and others are refused', async () => {
	test.setTimeout(60_000);
	const port = extraPort(7);
	const app = await quickStart(port, { ORIGIN: 'https://school.example', HOST: '127.0.0.1' });
	// The proxy forwards to localhost:PORT with the browser's Origin, the public address.
	const proxied = new Visitor(app.base, undefined, 'https://school.example');
	const { sessionId, code } = await createSession(proxied);
	const html = await (await proxied.get(`/host/${sessionId}`)).text();
	expect(html).toContain(`https://school.example/join?code=${code}`);
	const joined = await post(app.base, '/join', { code, nickname: 'Ana' }, 'https://school.example');
	expect(joined.status).toBe(303);
	const evil = await post(app.base, '/join', { code, nickname: 'Mallory' }, 'http://evil.example');
	expect(evil.status).toBe(403);
});

test('the lobby link and QR code carry an address phones can reach', async ({ browser }) => {
	test.setTimeout(90_000);
	const port = extraPort(8);
	await quickStart(port);
	const lan = lanAddresses()[0];
	const page = await (await browser.newContext()).newPage();
	/** The lobby as the teacher sees it when she opened the app at `host`. */
	async function lobbyVia(host: string) {
		await page.goto(`http://${host}:${port}/teach?topic=us-venezuela-2019-2025`);
		await page.getByLabel('Quiz', { exact: true }).selectOption('bank:detainees');
		await page.getByRole('button', { name: 'Create session' }).click();
		await page.waitForURL(/\/host\/[0-9a-f-]{36}$/);
		const code = (await page.locator('.code-value').innerText()).replace(/\s/g, '');
		return { code };
	}
	async function expectJoinAddress(origin: string, code: string) {
		const url = `${origin}/join?code=${code}`;
		await expect(page.getByRole('link', { name: url })).toBeVisible();
		const qr = page.getByRole('img', { name: `QR code that opens ${url}`, exact: false });
		await expect(qr).toBeVisible();
		// The image is exactly the QR code of that address.
		const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
		expect(await qr.getAttribute('src')).toBe(
			`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
		);
	}
	// The teacher opened the address students use (the LAN one, or another non-localhost one).
	const used = lan ?? '127.0.0.2';
	const first = await lobbyVia(used);
	await expectJoinAddress(`http://${used}:${port}`, first.code);
	// The teacher opened localhost: phones get this machine's network address instead.
	const second = await lobbyVia('localhost');
	await expectJoinAddress(`http://${lan ?? 'localhost'}:${port}`, second.code);
});
