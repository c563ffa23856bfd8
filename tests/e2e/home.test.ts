import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';

test('the home page lists what the catalog holds and is axe-clean', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'US–Venezuela relations, 2019–2025'
	);
	const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
	await expect(sources).toHaveCount(5);
	await expect(page.getByText('Machine-spun rewrite')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Explainers' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Question banks' })).toBeVisible();
	await expectAxeClean(page);
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});
