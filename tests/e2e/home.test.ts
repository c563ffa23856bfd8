import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { TOPIC_PATH, topic } from './catalog';

test('the home page lists the topics, each leading to its page, and is axe-clean', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sourced');
	const topics = page.getByRole('region', { name: 'Topics' });
	const link = topics.getByRole('link', { name: topic.meta.title });
	await expect(link).toHaveAttribute('href', TOPIC_PATH);
	await expect(topics.getByText(topic.meta.summary)).toBeVisible();
	await expectAxeClean(page);
	await link.click();
	await expect(page).toHaveURL(TOPIC_PATH);
});

test("a topic's page lists what it holds and is axe-clean", async ({ page }) => {
	await page.goto(TOPIC_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.meta.title);
	const sources = page.getByRole('region', { name: 'Sources' }).getByRole('listitem');
	await expect(sources).toHaveCount(topic.catalog.sources.length);
	await expect(page.getByText('Machine-spun rewrite')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Explainers' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Question banks' })).toBeVisible();
	const reference = page.getByRole('navigation', { name: 'Reference pages of this topic' });
	await expect(reference.getByRole('link', { name: 'Timeline' })).toHaveAttribute(
		'href',
		`${TOPIC_PATH}/timeline`
	);
	await expectAxeClean(page);
});

test('an unknown topic is a 404', async ({ page }) => {
	const response = await page.goto('/topics/no-such-topic');
	expect(response?.status()).toBe(404);
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test("a topic's page marks the steps this browser has seen, in the interface's language", async ({
	browser
}) => {
	const x = topic.catalog.explainers.find((e) => e.steps.length > 2)!;
	const context = await browser.newContext({ locale: 'es-ES' });
	const page = await context.newPage();
	await page.goto(TOPIC_PATH);
	await expect(page.getByText(/pasos vistos/)).toHaveCount(0);
	// Two distinct steps seen (one of them twice), as the explainer pages log them.
	const [a, b] = [x.steps[0]!.id, x.steps[1]!.id];
	await page.evaluate(
		([t, id, a, b]) =>
			localStorage.setItem(
				'sourced:log:v1',
				JSON.stringify([a, b, a].map((s, at) => ({ k: 's', topic: t, x: id, s, at })))
			),
		[topic.id, x.id, a, b]
	);
	await page.reload();
	await expect(page.getByText(`2 de ${x.steps.length} pasos vistos`)).toBeVisible();
	await context.close();
});
