/**
 * Explainer steps on a phone: the text tells the story once, and the quotes behind it open on
 * demand. Before, each fact's sentence showed three times (text, bold restatement, quote) and
 * steps were 3,000 to 12,900 px tall at 360 px ("Spot a spun copy": 10,585 px).
 *
 * The bound: after the change the tallest step measured 3,095 px at 360 × 740 (a timeline step:
 * text, eight events and a checkpoint; the compare steps list each difference as one line that
 * opens), and 3,305 px once the rewritten question banks gave that step a longer checkpoint.
 * 3,500 px, under five screens, leaves room for font differences between machines and still
 * fails at once if the quotes or restatements come back (they add 2,000 px and more).
 */
import { expect, test } from '@playwright/test';
import { catalog, topics } from './catalog';

const PHONE = { width: 360, height: 740 };
const MAX_STEP_HEIGHT = 3_500;

test.use({ viewport: PHONE });

for (const t of topics) {
	for (const x of t.catalog.explainers) {
		test(`every step of "${x.title}" (${t.id}) fits ${MAX_STEP_HEIGHT} px at 360 px`, async ({
			page
		}) => {
			test.setTimeout(60_000);
			for (const step of x.steps) {
				await page.goto(`/topics/${t.id}/explainers/${x.id}/${step.id}`);
				const height = await page.evaluate(() => document.documentElement.scrollHeight);
				expect(height, `${x.id}/${step.id} is ${height} px tall`).toBeLessThanOrEqual(
					MAX_STEP_HEIGHT
				);
			}
		});
	}
}

test('every quote of a step is one tap away, from the keyboard', async ({ page }) => {
	const x = catalog.explainerById.get('recognition-dispute')!;
	const step = x.steps.find((s) => s.kind === 'narrative')!;
	const quotes = step.facts.flatMap((id) => {
		const f = catalog.factById.get(id)!;
		return f.evidence ?? f.contested!.versions.flatMap((v) => v.evidence);
	});
	await page.goto(`/topics/us-venezuela-2019-2025/explainers/${x.id}/${step.id}`);
	const blockquotes = page.locator('section.facts blockquote');
	await expect(blockquotes.first()).toBeHidden();
	const summary = page.getByText(/Show the \d+ claims and their quotes/);
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(blockquotes).toHaveCount(quotes.length);
	for (const q of await blockquotes.all()) await expect(q).toBeVisible();
	// Each claim appears once in the step's list, not restated in bold above its quote.
	await expect(page.locator('section.facts strong')).toHaveCount(0);
});

test('"Spot a spun copy": each difference opens to its versions, and the article link leads back', async ({
	page
}) => {
	const x = catalog.explainerById.get('reading-sources-critically')!;
	const step = x.steps.find((s) => s.id === 'spot-a-spun-copy')!;
	const fact = catalog.factById.get(step.facts[0]!)!;
	await page.goto(`/topics/us-venezuela-2019-2025/explainers/${x.id}/${step.id}`);
	const item = page.locator(`#fact-${fact.id}`);
	const versions = item.locator('.version');
	await expect(versions.first()).toBeHidden();
	await item.getByText(fact.statement).click();
	await expect(versions).toHaveCount(fact.contested!.versions.length);
	for (const v of fact.contested!.versions)
		await expect(item.getByRole('heading', { name: v.label })).toBeVisible();

	await item
		.getByRole('link', { name: /Show in the article/ })
		.first()
		.click();
	await expect(page.locator('mark#quote-1')).toBeInViewport();
	await page.getByRole('link', { name: `Back to the step “${step.title}”` }).click();
	await expect(page).toHaveURL(
		`/topics/us-venezuela-2019-2025/explainers/${x.id}/${step.id}#fact-${fact.id}`
	);
});
