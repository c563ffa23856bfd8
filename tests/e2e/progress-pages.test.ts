/**
 * The home and progress pages run no framework JavaScript (the 40 KB budget, issue 12): the
 * server renders them in the page's language and a module of their own
 * (src/lib/progress/browser/) fills in the learner's due reviews from the log, in English and in
 * Spanish. The module loads the scheduler only when there is a log to replay.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';
import { expectAxeClean } from './axe';
import { TOPIC, topic } from './catalog';
import { LOG_KEY, seededLog } from './progress-log';

type Catalogue = Record<string, string>;
const messages = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Catalogue;
const n = (text: string, value: number) => text.replace('{n}', String(value));

/** Every script the page asks for, from now on. */
function scriptsOf(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (r: Request) => {
		if (r.resourceType() === 'script') urls.push(new URL(r.url()).pathname);
	});
	return urls;
}

for (const locale of ['en', 'es'] as const) {
	test(`home and progress show the due reviews from a seeded log, in ${locale}, with no framework JS`, async ({
		browser
	}) => {
		const t = messages(locale);
		const context = await browser.newContext();
		await context.addCookies([
			{ name: 'PARAGLIDE_LOCALE', value: locale, url: test.info().project.use.baseURL! }
		]);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const log = seededLog();
		await page.goto('/join');
		await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [LOG_KEY, JSON.stringify(log)]);

		const scripts = scriptsOf(page);
		const home = await page.goto('/');
		expect(await home!.text()).not.toContain('/_app/immutable/entry');
		const summary = page.getByRole('complementary', { name: t.nav_progress });
		await expect(summary).toContainText(n(t.home_answered_other!, 3));
		await expect(summary).toContainText(n(t.home_due_other!, 2));
		await expect(summary.getByRole('link', { name: t.home_see_progress_review })).toBeVisible();

		const progress = await page.goto('/progress');
		expect(await progress!.text()).not.toContain('/_app/immutable/entry');
		await expect(page.getByText(n(t.progress_due_other!, 2))).toBeVisible();
		const review = page.getByRole('button', { name: n(t.progress_review_now!, 2) });
		await expect(review).toBeVisible();
		// The review quiz is of exactly the two missed questions.
		const ids = await page.locator(`form[data-review="${TOPIC}"] input[name="ids"]`).inputValue();
		expect(ids.split(',').sort()).toEqual(
			log
				.slice(0, 2)
				.map((e) => (e as { id: string }).id)
				.sort()
		);
		await expect(page.getByText(n(t.progress_answered_other!, 3))).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 3, name: topic.meta.title }).first()
		).toBeVisible();
		await expectAxeClean(page);

		expect(scripts.filter((s) => s.startsWith('/_app/immutable/entry/'))).toEqual([]);
		expect(scripts.some((s) => s.startsWith('/_app/immutable/progress/'))).toBe(true);

		// The review button starts that quiz.
		await review.click();
		await expect(page).toHaveURL(/\/quiz\/play/);
		expect(errors).toEqual([]);
		await context.close();
	});
}

test('with no log, the home page loads only the small part of its module, not the scheduler', async ({
	page
}) => {
	const withLog = scriptsOf(page);
	await page.goto('/join');
	await page.evaluate(
		([k, v]) => localStorage.setItem(k!, v!),
		[LOG_KEY, JSON.stringify(seededLog())]
	);
	await page.goto('/');
	await expect(page.getByRole('complementary', { name: 'Your progress' })).toBeVisible();
	const loadedWithLog = withLog.filter((s) => s.startsWith('/_app/immutable/progress/'));

	const fresh = await page.context().browser()!.newPage();
	const without = scriptsOf(fresh);
	await fresh.goto('/');
	await expect(fresh.getByRole('heading', { name: 'Topics' })).toBeVisible();
	// Every module has run once the page has loaded (module scripts are deferred).
	await fresh.waitForLoadState('load');
	await expect(fresh.getByRole('complementary', { name: 'Your progress' })).toBeHidden();
	const loadedWithout = without.filter((s) => s.startsWith('/_app/immutable/progress/'));
	expect(loadedWithout.length).toBeGreaterThan(0);
	expect(loadedWithout.length).toBeLessThan(loadedWithLog.length);
	expect(loadedWithLog).toEqual(expect.arrayContaining(loadedWithout));
	await fresh.close();
});
