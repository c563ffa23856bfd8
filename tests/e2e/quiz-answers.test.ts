/**
 * Self-test quizzes (issue 11): an answer stands, the verdict is heard and seen, the page fits a
 * phone, and a quiz shorter than asked for says so.
 */
import { expect, test } from '@playwright/test';
import { catalog } from './catalog';
import { choose, current, startWith, storedLog } from './quiz-helpers';
import { evidenceLinks } from '../../src/lib/server/quiz/grade';

const bank = catalog.banks.find((b) => b.id === 'detainees')!;
const twoQuestions = bank.questionIds.slice(0, 2);

for (const javaScriptEnabled of [true, false]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('Back and a second answer get the first verdict; score and missed list stay', async ({
			page,
			context
		}) => {
			test.setTimeout(60_000);
			const start = await startWith(page, twoQuestions);
			// A second tab still showing question 1's form: what Back shows from the browser's cache.
			const stale = await context.newPage();
			await stale.goto(start);

			const first = await current(page);
			await choose(page, first.wrong);
			await page.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.getByRole('status')).toContainText('Not quite.');
			await page.getByRole('link', { name: 'Next question' }).click();
			await expect(page.getByText('Question 2 of 2')).toBeVisible();

			// Back to question 1: its first verdict, and no form to answer it again.
			await page.goBack();
			await expect(page.getByRole('status')).toContainText('Not quite.');
			await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
			await expect(page.getByText(/Score so far: 0/)).toBeVisible();

			// The cached form, answered again with the key: still the first verdict.
			await choose(stale, first.key);
			await stale.getByRole('button', { name: 'Check answer' }).click();
			await expect(stale.getByRole('status')).toContainText('Not quite.');
			await expect(stale.getByRole('status')).toContainText('your first answer stands');
			await expect(stale.getByText(/Score so far: 0/)).toBeVisible();

			// Finish from the second answer's page: question 1 still counts as missed.
			await stale.getByRole('link', { name: 'Next question' }).click();
			const second = await current(stale);
			await choose(stale, second.key);
			await stale.getByRole('button', { name: 'Check answer' }).click();
			await expect(stale.getByText(/Score so far: 1/)).toBeVisible();
			await stale.getByRole('link', { name: 'See your score' }).click();
			await expect(stale.getByRole('heading', { name: 'You scored 1 out of 2' })).toBeVisible();
			await expect(stale.locator('ol.review > li')).toHaveCount(1);
			await expect(stale.locator('ol.review')).toContainText(first.q.stem);
		});

		test('the verdict goes into a status region that was there, empty, from the start', async ({
			page
		}) => {
			await startWith(page, twoQuestions);
			const status = page.getByRole('status');
			await expect(status).toHaveCount(1);
			await expect(status).toHaveText('');
			const q = await current(page);
			await expect(page.getByRole('heading', { level: 2, name: q.q.stem })).toBeFocused();
			if (javaScriptEnabled) {
				// The same element must receive the text (not a new one inserted already filled).
				await status.evaluate((el) => el.setAttribute('data-seen-at-load', ''));
			}
			await choose(page, q.key);
			await page.getByRole('button', { name: 'Check answer' }).click();
			await expect(status).toContainText('Correct.');
			await expect(status).toBeFocused();
			if (javaScriptEnabled) await expect(status).toHaveAttribute('data-seen-at-load', '');
			// "Score so far" counts the answer just given.
			await expect(page.getByText('Question 1 of 2 · Score so far: 1')).toBeVisible();
			await page.getByRole('link', { name: 'Next question' }).click();
			const next = await current(page);
			await expect(page.getByRole('heading', { level: 2, name: next.q.stem })).toBeFocused();
			await expect(page.getByRole('status')).toHaveText('');
		});
	});
}

test('a double click on "Check answer" sends one answer and logs it once', async ({ page }) => {
	await startWith(page, twoQuestions);
	const q = await current(page);
	let posts = 0;
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	await page.route(/\/quiz\/play\?/, async (route) => {
		if (route.request().method() !== 'POST') return route.continue();
		posts++;
		await released;
		await route.continue();
	});
	await choose(page, q.wrong);
	const button = page.getByRole('button', { name: 'Check answer' });
	await button.dblclick();
	await expect(button).toBeDisabled();
	await expect.poll(() => posts).toBe(1);
	release();
	await expect(page.getByRole('status')).toContainText('Not quite.');
	expect(posts).toBe(1);
	const log = await storedLog(page);
	expect(log.filter((e) => e.k === 'a' && e.id === q.id)).toHaveLength(1);
	// Reloading the answered page (or coming Back to it) does not log it again.
	await page.reload();
	await expect(page.getByRole('status')).toContainText('Not quite.');
	expect((await storedLog(page)).filter((e) => e.k === 'a' && e.id === q.id)).toHaveLength(1);
});

/** The question whose verdict has the most text: every option's feedback, explanation, quotes. */
function longestFeedback() {
	const size = (q: (typeof catalog.questions)[number]) =>
		q.options.reduce((n, o) => n + o.feedback.length, 0) +
		q.explanation.length +
		evidenceLinks(catalog, q.supports).reduce((n, e) => n + e.quote.length, 0);
	return [...catalog.questions].sort((a, b) => size(b) - size(a))[0]!;
}

test('at 360×740 the verdict, its quote and "Next question" fit one screen', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const longest = longestFeedback();
	await startWith(page, [longest.id, bank.questionIds[0]!]);
	// The distractor with the longest feedback: the most text a student can be shown.
	const wrong = longest.options
		.map((o, i) => ({ o, i }))
		.filter(({ o }) => !o.correct)
		.sort((a, b) => b.o.feedback.length - a.o.feedback.length)[0]!;
	await choose(page, wrong.i);
	await page.getByRole('button', { name: 'Check answer' }).click();
	const status = page.getByRole('status');
	await expect(status).toContainText('Not quite.');
	await expect(status).toContainText(wrong.o.feedback);
	const next = page.getByRole('link', { name: 'Next question' });
	const top = (await status.boundingBox())!.y;
	const bottom = (await next.boundingBox())!;
	expect(bottom.y + bottom.height - top).toBeLessThanOrEqual(740);
	// The rest is one tap away.
	const others = longest.options.filter((_, i) => i !== wrong.i);
	await expect(page.getByText(others[0]!.feedback)).toBeHidden();
	await page.getByText(/Why, and every option's feedback/).click();
	for (const o of others) await expect(page.getByText(o.feedback)).toBeVisible();
});

test('asking for more questions than match says so on the quiz page', async ({ page }) => {
	await page.goto('/topics/us-venezuela-2019-2025/quiz');
	const builder = page.locator('form.builder');
	await builder.getByLabel('Question bank').selectOption('detainees');
	await builder.getByLabel('Difficulty').selectOption('hard');
	await builder.getByLabel('Length').selectOption('50');
	await builder.getByRole('button', { name: 'Start quiz' }).click();
	await page.waitForURL(/\/quiz\/play\?t=/);
	const n = Number(
		(await page.getByText(/^Question 1 of \d+/).textContent())!.match(/of (\d+)/)![1]
	);
	expect(n).toBeLessThan(50);
	await expect(
		page.getByText(
			`Only ${n} ${n === 1 ? 'question matches' : 'questions match'} your choice (you asked for 50); your quiz has ${n}.`
		)
	).toBeVisible();
});
