/**
 * What the home and progress pages offer when their module does not run (JavaScript off, or the
 * module's request failing), what they say about a log they cannot read, that each action's
 * outcome on /progress replaces the last one, and that the mastery table's headers wrap between
 * words only at 360 px.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { TOPIC } from './catalog';
import { LOG_KEY, seededLog } from './progress-log';

const catalogue = JSON.parse(readFileSync('messages/en.json', 'utf8')) as Record<string, string>;
/** The English message `key` (a missing one is the test's own mistake). */
function t(key: string): string {
	const text = catalogue[key];
	if (text === undefined) throw new Error(`No message ${key}`);
	return text;
}
const MODULES = '**/_app/immutable/progress/**';

async function store(page: Page, value: string) {
	await page.goto('/join');
	await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [LOG_KEY, value]);
}

const controls = (page: Page) => [
	page.getByRole('button', { name: t('progress_download') }),
	page.getByLabel(t('progress_import')),
	page.getByRole('button', { name: t('progress_clear') })
];

/**
 * A page whose progress module never runs: every script refused (JavaScript off: Chromium's
 * `javaScriptEnabled: false` still ran this module here, so refusing every script stands in for
 * it), or only the module's requests failing.
 */
async function withoutModule(browser: Browser, how: 'no-scripts' | 'module-fails') {
	const page = await (await browser.newContext()).newPage();
	if (how === 'module-fails') await page.route(MODULES, (route) => route.abort());
	else
		await page.route('**/*', (route) =>
			route.request().resourceType() === 'script' ? route.abort() : route.fallback()
		);
	return page;
}

for (const how of ['no-scripts', 'module-fails'] as const) {
	test(`with the progress module not running (${how}), both pages say progress needs JavaScript and offer no dead controls`, async ({
		browser
	}) => {
		const page = await withoutModule(browser, how);
		await store(page, JSON.stringify(seededLog()));
		await page.goto('/progress');
		await page.waitForLoadState('load');
		await expect(page.getByText(t('progress_needs_js'))).toBeVisible();
		for (const control of controls(page)) await expect(control).toBeHidden();

		await page.goto('/');
		await page.waitForLoadState('load');
		const notice = page.getByText(t('home_progress_needs_js'));
		await expect(notice).toBeVisible();
		// At the foot of the page: when the module removes it, nothing a reader sees moves.
		const belowTopics = await notice.evaluate((el) => {
			const topics = document.getElementById('topics-heading')!.closest('section')!;
			return (topics.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
		});
		expect(belowTopics).toBe(true);
		await page.context().close();
	});
}

test('once the module runs, the notices are gone and the controls are offered', async ({
	page
}) => {
	await page.goto('/progress');
	for (const control of controls(page)) await expect(control).toBeVisible();
	await expect(page.getByText(t('progress_needs_js'))).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: t('home_topics') })).toBeVisible();
	await expect(page.getByText(t('home_progress_needs_js'))).toHaveCount(0);
});

test('each action on /progress replaces the outcome of the last: an import error goes once Clear, Download or a good import succeeds', async ({
	page
}) => {
	test.setTimeout(60_000);
	await store(page, JSON.stringify(seededLog()));
	await page.goto('/progress');
	await expect(page.getByText('3 questions answered.')).toBeVisible();
	const input = page.getByLabel(t('progress_import'));
	const bad = { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') };
	const alert = page.getByRole('alert');

	await input.setInputFiles(bad);
	await expect(alert).toContainText('not a Sourced progress file');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: t('progress_download') }).click();
	const file = await (await downloading).path();
	await expect(page.getByRole('status')).toHaveText(t('progress_downloading'));
	await expect(alert).toHaveCount(0);

	await input.setInputFiles(bad);
	await expect(alert).toContainText('not a Sourced progress file');
	await expect(page.getByRole('status')).toHaveText('');
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: t('progress_clear') }).click();
	await expect(page.getByRole('status')).toHaveText(t('progress_cleared'));
	await expect(alert).toHaveCount(0);

	await input.setInputFiles(bad);
	await expect(alert).toContainText('not a Sourced progress file');
	await input.setInputFiles(file);
	await expect(page.getByRole('status')).toContainText('Imported 3 entries');
	await expect(alert).toHaveCount(0);
});

test('home says when the saved progress cannot be read, and links to /progress', async ({
	page
}) => {
	await store(page, '[{"k":"a", broken');
	await page.goto('/');
	const summary = page.getByRole('complementary', { name: t('nav_progress') });
	await expect(summary).toContainText(t('home_progress_damaged'));
	await summary.getByRole('link').click();
	await expect(page).toHaveURL(/\/progress$/);
	await expect(page.getByText(t('progress_damaged'))).toBeVisible();
});

for (const locale of ['en', 'es'] as const) {
	test(`at 360 px the mastery table's headers wrap between words only, in ${locale}`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		await context.addCookies([
			{ name: 'PARAGLIDE_LOCALE', value: locale, url: test.info().project.use.baseURL! }
		]);
		const page = await context.newPage();
		await store(page, JSON.stringify(seededLog()));
		await page.goto('/progress');
		const table = page.locator(`[data-mastery="${TOPIC}"] table`);
		await expect(table.locator('tbody tr').first()).toBeVisible();
		// Each word of each header (column and row) lies on one line: its box is one line high.
		const split = await table.evaluate((t) => {
			const broken: string[] = [];
			for (const cell of t.querySelectorAll('th')) {
				const text = cell.firstChild;
				if (!text || text.nodeType !== Node.TEXT_NODE) continue;
				const value = text.textContent ?? '';
				for (const match of value.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(text, match.index);
					range.setEnd(text, match.index + match[0].length);
					if (range.getClientRects().length > 1) broken.push(match[0]);
				}
			}
			return broken;
		});
		expect(split).toEqual([]);
		// And the page still does not scroll sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);
		await context.close();
	});
}
