/**
 * The site menu: one row on a phone that opens on demand (with or without JavaScript, by keyboard),
 * every link in the bar on a wide screen, and the current page marked.
 */
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';
import { expectAxeClean } from './axe';
import { TOPIC, TOPIC_PATH } from './catalog';

const PHONE = { width: 360, height: 740 };

for (const javaScriptEnabled of [true, false]) {
	test.describe(`on a phone with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ viewport: PHONE, javaScriptEnabled });

		test('the menu is one row and opens and closes from the keyboard', async ({ page }) => {
			await page.goto('/topics/us-venezuela-2019-2025/who');
			const header = page.locator('header');
			// One row: the brand and a Menu button (44 px tap target plus padding), not three rows.
			expect((await header.boundingBox())!.height).toBeLessThanOrEqual(60);
			const menu = page.getByText('Menu', { exact: true });
			const quizzes = page.getByRole('link', { name: 'Quizzes' });
			await expect(quizzes).toBeHidden();

			await page.keyboard.press('Tab'); // skip link
			await page.keyboard.press('Tab'); // Sourced
			await page.keyboard.press('Tab');
			await expect(menu).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(quizzes).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
			await expect(page.getByRole('link', { name: "Who's who" })).toHaveAttribute(
				'aria-current',
				'page'
			);
			// axe runs as a script in the page, so it can only check the JavaScript-on run.
			if (javaScriptEnabled) await expectAxeClean(page);

			await page.keyboard.press('Enter'); // closes again
			await expect(quizzes).toBeHidden();
			await page.keyboard.press('Space');
			await page.keyboard.press('Tab');
			await expect(quizzes).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(/\/quiz$/);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quizzes');
			// After following a link the menu is closed again.
			await expect(page.getByRole('link', { name: 'Timeline' })).toBeHidden();
		});
	});
}

test('on a wide screen every link shows in the bar without a Menu button', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/topics/us-venezuela-2019-2025/timeline');
	await expect(page.getByText('Menu', { exact: true })).toBeHidden();
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const name of ['Quizzes', 'Timeline', "Who's who", 'Sources', 'Your progress', 'Join'])
		await expect(nav.getByRole('link', { name })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
	expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(60);
});

test('every link of the menu leads somewhere, on public and studio pages alike', async ({
	page
}) => {
	test.setTimeout(60_000);
	await signIn(page);
	const broken: string[] = [];
	for (const url of [
		'/',
		`${TOPIC_PATH}/who`,
		'/author',
		`/author/topics/${TOPIC}`,
		`/author/topics/${TOPIC}/banks`,
		`/author/topics/${TOPIC}/proposals`,
		`/author/topics/${TOPIC}/sources/caracas-visit-2022-03`
	]) {
		await page.goto(url);
		const hrefs = await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(3);
		for (const href of hrefs) {
			const status = (await page.request.get(href)).status();
			if (status !== 200) broken.push(`${url}: ${href} answers ${status}`);
		}
	}
	expect(broken).toEqual([]);
});
