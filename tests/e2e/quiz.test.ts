import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { secretsOf } from './catalog';

async function startQuiz(page: Page, bankTitle: string) {
	await page.goto('/topics/us-venezuela-2019-2025/quiz');
	await page
		.getByRole('button', { name: new RegExp(`Start 10 questions\\s*: ${bankTitle}`) })
		.click();
	await page.waitForURL(/\/quiz\/play\?t=/);
}

async function currentQuestionId(page: Page) {
	return page.locator('input[name=question]').getAttribute('value');
}

/** Answers every question (first option shown), checking the verdict each time. */
async function answerAll(page: Page) {
	for (let i = 0; i < 10; i++) {
		await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
		await page.locator('input[name=choice]').first().check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect(page.getByRole('status')).toContainText(/Correct\.|Not quite\./);
		await expect(page.getByRole('link', { name: 'Show in the article' }).first()).toBeVisible();
		await page.getByRole('link', { name: i === 9 ? 'See your score' : 'Next question' }).click();
	}
	await expect(page.getByRole('heading', { name: /You scored \d+ out of 10/ })).toBeVisible();
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`a quiz with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('runs to a score summary with review and retry of missed questions', async ({ page }) => {
			await startQuiz(page, 'Detained Americans and prisoner swaps');
			await answerAll(page);
			const retry = page.getByRole('button', { name: /Retry the \d+ you missed/ });
			if (await retry.isVisible()) {
				const missed = Number((await retry.textContent())!.match(/\d+/)![0]);
				await expect(page.locator('ol.review > li')).toHaveCount(missed);
				await retry.click();
				await expect(page.getByText(`Question 1 of ${missed}`)).toBeVisible();
			}
		});
	});
}

test('the same answers give the same grading with JavaScript on and off', async ({ browser }) => {
	const verdicts: string[][] = [];
	for (const javaScriptEnabled of [true, false]) {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		await page.goto('/topics/us-venezuela-2019-2025/explainers/detained-americans');
		const stem = await page.locator('.stem').textContent();
		await page.locator('input[name=choice]').nth(1).check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect(page.getByRole('status')).toBeVisible();
		verdicts.push([stem!, (await page.getByRole('status').textContent())!.trim()]);
		await context.close();
	}
	expect(verdicts[0]).toEqual(verdicts[1]);
});

test('a keyboard-only user can answer and move on', async ({ page }) => {
	await startQuiz(page, 'The 2025 conversations');
	const first = page.locator('input[name=choice]').first();
	await first.focus();
	await page.keyboard.press('Space');
	await expect(first).toBeChecked();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('input[name=choice]').nth(1)).toBeChecked();
	await page.keyboard.press('Enter'); // submits the form from a radio
	await expect(page.getByRole('status')).toContainText(/Correct\.|Not quite\./);
	// Focus is on the verdict, so it is read first; the quote's link, then "Next question".
	await expect(page.getByRole('status')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: /Show in the article/ })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Next question' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Question 2 of 10')).toBeVisible();
	await expect(page.locator('.stem')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('input[name=choice]').first()).toBeFocused();
});

test('no key, feedback or explanation of an unanswered question reaches the browser', async ({
	page
}) => {
	const bodies: string[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'document' || r.url().includes('__data.json')) {
			bodies.push(await r.text().catch(() => ''));
		}
	});
	await startQuiz(page, 'Recognition and negotiations');
	const id = (await currentQuestionId(page))!;
	const url = page.url();
	// Also fetch the page's data the way client-side navigation would.
	const data = await page.request.get(
		url.replace(
			'/topics/us-venezuela-2019-2025/quiz/play?',
			'/topics/us-venezuela-2019-2025/quiz/play/__data.json?'
		)
	);
	bodies.push(await data.text());
	bodies.push(await page.content());
	const secrets = secretsOf(id);
	for (const body of bodies) {
		for (const s of secrets) expect(body).not.toContain(s);
		expect(body).not.toMatch(/"correct"|why_wrong|"supports"|"explanation"/);
	}
	expect(secrets[0]).toMatch(/^[a-z0-9-]+$/); // the author's id, which can name the answer
});

test('quiz pages are axe-clean before and after an answer and on the summary', async ({ page }) => {
	await page.goto('/topics/us-venezuela-2019-2025/quiz');
	await expectAxeClean(page);
	await startQuiz(page, 'The 2024 election and the amnesty offers');
	await expectAxeClean(page);
	await page.locator('input[name=choice]').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toBeVisible();
	await expectAxeClean(page);
});
