/**
 * Live updates survive a bad network: the app is killed under connected student and teacher
 * pages, a reverse proxy answers 502 while it is down (which closes a plain EventSource for good),
 * and the app comes back on the same port and data folder. Both pages say they are reconnecting,
 * reconnect by themselves, and catch up with what happened meanwhile, without a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from '../unit/classroom/support/app-process';
import { Visitor } from '../unit/classroom/support/http-client';
import { expectAxeClean } from './axe';
import { answer, shownQuestion } from './classroom-helpers';
import { extraPort } from '../ports';

let app: App | undefined;
let proxy: Server | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'sourced-e2e-reconnect-'));
test.afterAll(async () => {
	proxy?.close();
	await app?.stop('SIGKILL');
	rmSync(dataDir, { recursive: true, force: true });
});

/** A reverse proxy in front of a stopped app: every request gets 502 Bad Gateway. */
function badGateway(port: number, seen: string[]): Promise<Server> {
	const server = createServer((req, res) => {
		seen.push(req.url ?? '');
		res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>502 Bad Gateway</h1>');
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** The live region that says the connection is being restored. */
const reconnecting = (page: Page) =>
	page.locator('[aria-live="polite"]', { hasText: 'Reconnecting…' });

test('student and teacher pages reconnect after the server restarts and show what they missed', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const port = extraPort(15);
	app = await startApp(port, { DATA_DIR: dataDir });
	const base = app.base;

	const teacherContext = await browser.newContext();
	const host = await teacherContext.newPage();
	await host.goto(`${base}/teach?topic=us-venezuela-2019-2025`);
	await host.getByLabel('Quiz', { exact: true }).selectOption('bank:detainees');
	await host.getByLabel('Questions', { exact: true }).selectOption('5');
	await host.getByRole('button', { name: 'Create session' }).click();
	await host.waitForURL(/\/host\/[0-9a-f-]{36}$/);
	const sessionId = host.url().split('/').pop()!;
	const code = (await host.locator('.code-value').innerText()).replace(/\s/g, '');

	const student = await (await browser.newContext()).newPage();
	await student.goto(`${base}/join?code=${code}`);
	await student.getByLabel('Nickname').fill('Ana');
	await student.getByRole('button', { name: 'Join' }).click();
	await expect(student.getByRole('heading', { name: 'Waiting for the teacher' })).toBeVisible();
	await expect(host.getByText('1 student joined')).toBeVisible(); // the dashboard's stream is live
	// Both pages have run their scripts and hear the server: killing the app before the student page
	// hydrates would leave it without a stream to lose (a busy CI machine did just that).
	for (const page of [student, host])
		await expect(page.locator('.live-status')).toHaveAttribute('data-connection', 'live');
	// Marks that a reload would wipe: the pages must recover in place.
	for (const page of [student, host])
		await page.evaluate(() => ((window as unknown as { kept: number }).kept = 1));

	// The app dies; the proxy in front of it answers 502 until it is back.
	await app.stop('SIGKILL');
	const seen: string[] = [];
	proxy = await badGateway(port, seen);
	await expect(reconnecting(student)).toBeVisible({ timeout: 30_000 });
	await expect(reconnecting(host)).toBeVisible({ timeout: 30_000 });
	await expectAxeClean(student);
	// Both pages have retried through the outage and been answered 502.
	await expect
		.poll(() => ['/events', '/host-events'].every((p) => seen.some((u) => u.endsWith(p))), {
			timeout: 30_000
		})
		.toBe(true);
	await new Promise<void>((resolve) => proxy!.close(() => resolve()));
	proxy = undefined;

	// Back on the same port and data folder; the teacher opens question 1 from her phone.
	app = await startApp(port, { DATA_DIR: dataDir });
	const phone = new Visitor(base);
	for (const c of await teacherContext.cookies(base)) phone.cookies.set(c.name, c.value);
	expect((await phone.form(`/host/${sessionId}?/start`, { at: '-1' })).status).toBe(200);

	await expect(student.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible({
		timeout: 60_000
	});
	await expect(host.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible({
		timeout: 60_000
	});
	await expect(reconnecting(student)).toHaveCount(0);
	await expect(reconnecting(host)).toHaveCount(0);
	// Live updates flow again: the student's answer reaches the dashboard as it happens.
	const { key } = await shownQuestion(student);
	await answer(student, key.text);
	await expect(host.getByRole('status')).toHaveText('1 of 1 answered');
	for (const page of [student, host])
		expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(1);
});
