import { expect, test } from '@playwright/test';
import { catalog } from './catalog';

test('a full explainer run: every step, checkpoints graded in place, then a quiz on the topic', async ({
	page
}) => {
	const x = catalog.explainerById.get('caracas-visit-2022')!;
	await page.goto(`/topics/us-venezuela-2019-2025/explainers/${x.id}`);
	await expect(page).toHaveURL(
		`/topics/us-venezuela-2019-2025/explainers/${x.id}/${x.steps[0]!.id}`
	);
	for (const [i, step] of x.steps.entries()) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
		await expect(page.getByText(`Step ${i + 1} of ${x.steps.length}`)).toBeVisible();
		if (step.checkpoint) {
			await page.locator('input[name=choice]').first().check();
			await page.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.getByRole('status')).toContainText(/Correct\.|Not quite\./);
		}
		if (i < x.steps.length - 1) await page.getByRole('link', { name: 'Next step' }).click();
	}
	await page.getByRole('button', { name: 'Finished: take a quiz on this topic' }).click();
	await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
	await page.goto('/topics/us-venezuela-2019-2025');
	await expect(
		page.getByText(`${x.steps.length} of ${x.steps.length}`).or(page.getByText('Finished'))
	).toBeVisible();
});

test('every step has its own URL and the back button returns to the previous one', async ({
	page
}) => {
	const x = catalog.explainerById.get('detained-americans')!;
	await page.goto(`/topics/us-venezuela-2019-2025/explainers/${x.id}/${x.steps[0]!.id}`);
	await page.getByRole('link', { name: 'Next step' }).click();
	await expect(page).toHaveURL(
		`/topics/us-venezuela-2019-2025/explainers/${x.id}/${x.steps[1]!.id}`
	);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(x.steps[0]!.title);
});

test('arrow keys move between steps', async ({ page }) => {
	const x = catalog.explainerById.get('recognition-dispute')!;
	await page.goto(`/topics/us-venezuela-2019-2025/explainers/${x.id}/${x.steps[0]!.id}`);
	await page.waitForLoadState('networkidle'); // the key handler arrives with hydration
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(
		`/topics/us-venezuela-2019-2025/explainers/${x.id}/${x.steps[1]!.id}`
	);
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(
		`/topics/us-venezuela-2019-2025/explainers/${x.id}/${x.steps[0]!.id}`
	);
});

test('"Show in the article" opens the source with the quote highlighted and in view, and leads back', async ({
	page
}) => {
	const x = catalog.explainerById.get('detained-americans')!;
	const step = x.steps[0]!;
	const fact = catalog.factById.get(step.facts[0]!)!;
	const quote = (fact.evidence ?? fact.contested!.versions[0]!.evidence)[0]!;
	await page.goto(`/topics/us-venezuela-2019-2025/explainers/${x.id}/${step.id}`);
	// The quotes open on demand: one tap shows every claim of the step with its quote.
	const link = page.getByRole('link', { name: /Show in the article/ }).first();
	await expect(link).toBeHidden();
	await page.getByText(/Show the \d+ claims and their quotes/).click();
	await link.click();
	const back = `/topics/us-venezuela-2019-2025/explainers/${x.id}/${step.id}#fact-${fact.id}`;
	await expect(page).toHaveURL(
		`/topics/us-venezuela-2019-2025/sources/${quote.source}?fact=${fact.id}&from=${encodeURIComponent(back)}#quote-1`
	);
	const mark = page.locator('mark#quote-1');
	await expect(mark).toBeInViewport();
	const marked = (await page.locator('mark').allTextContents()).join(' ').replace(/\s+/g, ' ');
	expect(marked.replace(/[“”]/g, '"').replace(/[’‘]/g, "'")).toContain(
		quote.quote.replace(/[“”]/g, '"').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').slice(0, 40)
	);
	expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);

	await page.getByRole('link', { name: `Back to the step “${step.title}”` }).click();
	await expect(page).toHaveURL(back);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
});

test('progress is kept in the browser, missed questions become due for review, and clearing works', async ({
	page
}) => {
	const x = catalog.explainerById.get('election-2024-amnesty')!;
	const step = x.steps.find((s) => s.checkpoint)!;
	const q = catalog.questionById.get(step.checkpoint!)!;
	await page.clock.install();
	await page.goto(`/topics/us-venezuela-2019-2025/explainers/${x.id}/${step.id}`);
	// Pick a wrong option on purpose: its label is not the key's text.
	const key = q.options.find((o) => o.correct)!.text;
	await page.locator('label.option').filter({ hasNotText: key }).first().click();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toContainText('Not quite.');
	await page.waitForFunction(() => localStorage.getItem('sourced:log:v1')?.includes('"ok":false'));
	await page.goto('/progress');
	await expect(page.getByText('1 question answered.')).toBeVisible();
	// FSRS brings a missed card back after a short learning step, not at once.
	await expect(page.getByText(/Nothing due now\. Next review:/)).toBeVisible();
	await page.clock.fastForward('10:00');
	await page.reload();
	await expect(page.getByText(/1 question is due for review/)).toBeVisible();
	await page.getByRole('button', { name: 'Review 1 now' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
	await expect(page.locator('.stem')).toHaveText(q.stem);
	await page.goto('/progress');
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Clear my progress' }).click();
	await expect(page.getByText('Nothing to review yet')).toBeVisible();
});
