/**
 * On a slow phone the student types before the page's script has run. Hydration must keep what
 * she typed: it used to set the nickname back to the server's empty value, so "Join" did nothing
 * (the field is required) and the student was stuck on the form.
 */
import { expect, test } from '@playwright/test';
import { createSession } from './classroom-helpers';

test('a code and nickname typed before the page script runs are kept', async ({ browser }) => {
	const teacher = await createSession(browser);
	const context = await browser.newContext();
	const page = await context.newPage();
	// Hold the app's scripts back until the student has typed.
	let release!: () => void;
	const typed = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await typed;
		await route.continue();
	});
	await page.goto(`/join?code=${teacher.code}`, { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Nickname').fill('Early Bird');
	release();
	// Once every held script has loaded and run, the page is hydrated.
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Nickname')).toHaveValue('Early Bird');
	await expect(page.getByLabel('Join code')).toHaveValue(teacher.code);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.waitForURL(/\/play\//);
	await context.close();
	await teacher.context.close();
});
