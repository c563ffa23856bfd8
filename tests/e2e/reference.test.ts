/**
 * The reference pages as a 15-year-old uses them on a phone: sources that lead with where they
 * disagree, a who's who by side with a filter that works without JavaScript, a timeline in date
 * order that names its articles, and a way back from any article.
 */
import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { catalog, topic } from './catalog';
import { sourceName } from '../../src/lib/sources';
import { timelineEntries } from '../../src/lib/server/views/timeline';
import { tagLabel } from '../../src/lib/tags';

const PHONE = { width: 360, height: 740 };

test.describe('the sources page', () => {
	test.use({ viewport: PHONE });

	test('leads with the disagreements, has contents, and keeps the word swaps a tap away', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.goto('/topics/us-venezuela-2019-2025/sources');
		const disagree = page.getByRole('heading', { level: 2, name: 'Where sources disagree' });
		// Within the first two screens of a phone, not 55,000 px down.
		expect((await disagree.boundingBox())!.y).toBeLessThan(2 * PHONE.height);

		const toc = page.getByRole('navigation', { name: 'On this page' });
		const entries = toc.getByRole('link');
		expect(await entries.count()).toBeGreaterThanOrEqual(4);
		for (const link of await entries.all()) {
			const target = (await link.getAttribute('href'))!;
			await expect(page.locator(`h2${target}`)).toHaveCount(1);
		}
		await toc.getByRole('link', { name: 'Sentences a rewrite changed' }).click();
		await expect(page).toHaveURL(/#distortion$/);

		// The swaps are collapsed: one tap shows them all.
		const swaps = page.locator('section[aria-labelledby="distortion"]');
		const distortions = catalog.facts.filter((f) => f.contested?.kind === 'distortion');
		await expect(swaps.locator('.fact').first()).toBeHidden();
		await swaps.getByText(`Show all ${distortions.length} cases`).click();
		await expect(swaps.locator('.fact')).toHaveCount(distortions.length);
		await expect(swaps.locator('.fact').first()).toBeVisible();
		await expectAxeClean(page);
	});

	test('calls each article by one name, from its card to every version and quote', async ({
		page
	}) => {
		await page.goto('/topics/us-venezuela-2019-2025/sources');
		const articles = page.locator('section[aria-labelledby="articles"] li.card');
		await expect(articles).toHaveCount(catalog.sources.length);
		for (const s of catalog.sources) {
			const card = articles.filter({
				has: page.getByRole('heading', { name: sourceName(s), exact: true })
			});
			await expect(card).toHaveCount(1);
			const text = await card.innerText();
			// No internal id, and a card that calls its article second-hand never badges it original.
			expect(text).not.toContain(s.id);
			if (/second-hand/i.test(text)) expect(text).not.toContain('Original report');
			if (s.origin.of) {
				const original = catalog.sourceById.get(s.origin.of)!;
				await expect(card.getByText(`A copy of ${sourceName(original)}.`)).toBeVisible();
				// A copy that never names its publisher is not credited to the outlet it copies.
				await expect(card.locator('dt:text-is("Outlet") + dd')).toHaveText('Not named in the text');
			}
		}
		// Every quote under a difference cites its article by the same name as its card.
		const names = new Set(catalog.sources.map(sourceName));
		for (const cite of await page.locator('section.conflicts cite').allTextContents())
			expect(names.has(cite), cite).toBe(true);
	});
});

test.describe("who's who", () => {
	test.use({ viewport: PHONE });

	test('is grouped by side, in surname order, without a surname listed as another spelling', async ({
		page
	}) => {
		await page.goto('/topics/us-venezuela-2019-2025/who');
		const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
		expect(headings.slice(0, 4)).toEqual([
			'US government',
			'Venezuelan government',
			'Venezuelan opposition',
			'Detainees and families'
		]);
		const venezuela = page.locator('section', {
			has: page.getByRole('heading', { name: 'Venezuelan government', exact: true })
		});
		const names = await venezuela.locator('dt').allInnerTexts();
		expect(names.indexOf('Nicolás Maduro')).toBeGreaterThan(names.indexOf('Cilia Flores'));
		expect(names.indexOf('Nicolás Maduro')).toBeLessThan(names.indexOf('Delcy Rodríguez'));
		const maduro = page.locator('#nicolas-maduro');
		await expect(maduro).toContainText('“Nicolas Maduro”');
		await expect(maduro).not.toContainText('“Maduro”');
		await expectAxeClean(page);
	});

	for (const javaScriptEnabled of [false, true]) {
		test(`filters by name with JavaScript ${javaScriptEnabled ? 'on (as you type)' : 'off (a GET form)'}`, async ({
			browser
		}) => {
			const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
			const page = await context.newPage();
			await page.goto('/topics/us-venezuela-2019-2025/who');
			const box = page.getByLabel('Find a name, spelling or group');
			if (javaScriptEnabled) {
				await page.waitForLoadState('networkidle'); // the filter arrives with /who.js
				await box.pressSequentially('carstens');
			} else {
				await box.fill('carstens');
				await box.press('Enter');
			}
			await expect(page).toHaveURL(/\/who\?q=carstens$/);
			await expect(page.getByRole('status')).toHaveText(/^1 of \d+ match “carstens”\./);
			await expect(page.locator('dt:visible')).toHaveText(['Roger Carstens']);
			// Accents and other spellings count: "guaido" finds Juan Guaidó.
			await box.fill('guaido');
			if (!javaScriptEnabled) await box.press('Enter');
			await expect(page.locator('dt', { hasText: 'Juan Guaidó' })).toBeVisible();
			// A group's name finds its members.
			await box.fill('opposition');
			if (!javaScriptEnabled) await box.press('Enter');
			await expect(page.locator('dt', { hasText: 'Gerardo Blyde' })).toBeVisible();
			await expect(page.locator('dt:visible', { hasText: 'Nicolás Maduro' })).toHaveCount(0);
			// The language switch returns to the view on screen, filtered as typed.
			await page.getByRole('button', { name: 'Español' }).click();
			await expect(page).toHaveURL(/\/who\?q=opposition$/);
			await expect(page.locator('dt', { hasText: 'Gerardo Blyde' })).toBeVisible();
			await context.close();
		});
	}
});

test.describe('the timeline', () => {
	test.use({ viewport: PHONE });

	test('is in date order at each date’s precision, without duplicates or the articles’ own dates', async ({
		page
	}) => {
		await page.goto('/topics/us-venezuela-2019-2025/timeline');
		const y2022 = page.locator('section', { has: page.getByRole('heading', { name: '2022' }) });
		const dates = await y2022
			.locator('.when time')
			.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
		// Dated events first; "2022" (some time that year) after them, never above March.
		expect(dates[0]).toBe('2022-03-05');
		expect(dates.indexOf('2022')).toBeGreaterThan(dates.lastIndexOf('2022-08'));

		const events = await page.locator('.what').allInnerTexts();
		expect(new Set(events).size).toBe(events.length);
		expect(events).not.toContain('Article on the US visit to Maduro published');
		expect(events).not.toContain('CNN report on Americans detained in Venezuela published');
		expect(events).toHaveLength(timelineEntries(catalog).length);
		await expectAxeClean(page);
	});

	test('names the article each link opens, and the article leads back to the event', async ({
		page
	}) => {
		await page.goto('/topics/us-venezuela-2019-2025/timeline');
		const entry = page.locator('.timeline > li').filter({ hasText: 'Venezuela releases Gustavo' });
		const links = entry.getByRole('link', { name: /^Show in / });
		const names = (await links.allTextContents()).map((t) =>
			t.replace(/^Show in /, '').replace(/: .*$/, '')
		);
		expect(names.length).toBeGreaterThan(1);
		for (const n of names) expect(catalog.sources.map(sourceName)).toContain(n);
		await links.first().click();
		await expect(page.locator('mark#quote-1')).toBeInViewport();
		await page.getByRole('link', { name: 'Back to the timeline' }).click();
		await expect(page).toHaveURL(/\/timeline#event-/);
		await expect(page.locator('.timeline > li:target')).toContainText('Venezuela releases Gustavo');
	});

	for (const javaScriptEnabled of [false, true]) {
		test(`filters by topic with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
			browser
		}) => {
			const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
			const page = await context.newPage();
			await page.goto('/topics/us-venezuela-2019-2025/timeline');
			if (javaScriptEnabled) await page.waitForLoadState('networkidle'); // /timeline.js
			const expected = timelineEntries(catalog).filter((e) => e.topics.includes('detainees'));
			await page.getByLabel('Topic').selectOption('detainees');
			if (!javaScriptEnabled) await page.getByRole('button', { name: 'Show' }).click();
			await expect(page).toHaveURL(/\/timeline\?topic=detainees$/);
			await expect(page.getByRole('status')).toHaveText(
				`${expected.length} events on “${tagLabel('detainees', topic.meta.tags)}”.`
			);
			await expect(page.locator('.what:visible')).toHaveText(expected.map((e) => e.event));
			await context.close();
		});
	}

	test("shows dates in the reader's variant of English once JavaScript runs", async ({
		browser
	}) => {
		for (const [javaScriptEnabled, shown] of [
			[false, '5 March 2022'],
			[true, 'March 5, 2022']
		] as const) {
			const context = await browser.newContext({ locale: 'en-US', javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/topics/us-venezuela-2019-2025/timeline');
			await expect(page.locator('time[datetime="2022-03-05"]').first()).toHaveText(shown);
			await context.close();
		}
	});
});

test('stored articles mark scraped "Advertisement" lines as page furniture, not the article', async ({
	page
}) => {
	const s = catalog.sources.find((x) => /\n\s*Advertisement\s*\n/.test(x.text))!;
	await page.goto(`/topics/us-venezuela-2019-2025/sources/${s.id}`);
	const furniture = page.locator('.article p.furniture');
	expect(await furniture.count()).toBeGreaterThan(0);
	await expect(furniture.first()).toHaveText(
		'Page furniture, not part of the article: Advertisement'
	);
	// Every such line is marked; none is left looking like the article's own text.
	const unmarked = await page
		.locator('.article p:not(.furniture)')
		.evaluateAll(
			(ps) =>
				ps.filter((p) => /^\s*(Story continues below )?advertisement\s*$/i.test(p.textContent!))
					.length
		);
	expect(unmarked).toBe(0);
	const colour = (sel: string) =>
		furniture
			.first()
			.evaluate((el, s) => getComputedStyle(s ? el.querySelector(s)! : el).fontSize, sel);
	expect(parseFloat(await colour(''))).toBeLessThan(
		parseFloat(
			await page
				.locator('.article p:not(.furniture)')
				.first()
				.evaluate((el) => getComputedStyle(el).fontSize)
		)
	);
});

test('quiz feedback links to the article and back to the question', async ({ page }) => {
	await page.goto('/topics/us-venezuela-2019-2025/quiz');
	await page.getByLabel('Length').selectOption('5');
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await page.waitForURL(/\/quiz\/play\?t=/);
	const question = page.url();
	await page.locator('input[name=choice]').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toContainText(/Correct\.|Not quite\./);
	await page
		.getByRole('link', { name: /Show in the article/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\?fact=.*&from=/);
	await page.getByRole('link', { name: 'Back to your quiz question' }).click();
	await expect(page).toHaveURL(question);
	await expect(page.getByText('Question 1 of 5')).toBeVisible();
});

test('a crafted "from" never sends a reader to another site', async ({ page }) => {
	const s = catalog.sources[0]!;
	for (const from of [
		'//evil.example/',
		'https://evil.example/',
		'/\\evil.example',
		'javascript:alert(1)'
	]) {
		await page.goto(
			`/topics/us-venezuela-2019-2025/sources/${s.id}?from=${encodeURIComponent(from)}`
		);
		await expect(page.getByRole('link', { name: /^← Back/ })).toHaveCount(0);
	}
});
