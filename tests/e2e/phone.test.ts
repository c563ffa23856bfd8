/**
 * Every page type at a phone's width (360 × 740 CSS px, a common small Android screen): nothing
 * may scroll sideways, and the site menu takes one row until it is opened.
 */
import { expect, test, type Page } from '@playwright/test';
import { topics } from './catalog';
import { answer, createSession, joinAs, shownQuestion } from './classroom-helpers';

const PHONE = { width: 360, height: 740 };

async function expectNoSidewaysScroll(page: Page, what: string) {
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		// The elements that stick out, so a failure says where to look.
		wide: [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
			.slice(0, 3)
			.map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
	}));
	expect(
		widths.page,
		`${what} is ${widths.page} px wide: ${widths.wide.join(', ')}`
	).toBeLessThanOrEqual(PHONE.width);
}

/** One page of each content and reference type of a topic (its longest explainer step types). */
const topicPages = ({ id, catalog }: (typeof topics)[number]) => {
	const base = `/topics/${id}`;
	const steps = catalog.explainers.flatMap((x) => x.steps.map((s) => ({ x, s })));
	const url = ({ x, s }: (typeof steps)[number]) => `${base}/explainers/${x.id}/${s.id}`;
	const kinds = [...new Set(steps.map(({ s }) => s.kind))];
	const fact = catalog.facts.find((f) => f.evidence)!;
	const spun = steps.find(({ s }) => s.id === 'spot-a-spun-copy');
	const timeline = steps.find(({ s }) => s.kind === 'timeline');
	return [
		base,
		`${base}/quiz`,
		...kinds.map((k) => url(steps.find(({ s }) => s.kind === k)!)),
		...(spun ? [url(spun)] : []),
		...(timeline ? [`${url(timeline)}?present`] : []),
		`${base}/sources/${fact.evidence![0]!.source}?fact=${fact.id}`,
		`${base}/sources`,
		`${base}/timeline`,
		`${base}/who`
	];
};

test.describe('at 360 px', () => {
	test.use({ viewport: PHONE });

	test('no global page scrolls sideways', async ({ page }) => {
		for (const url of ['/', '/progress', '/teach', '/join']) {
			await page.goto(url);
			await expectNoSidewaysScroll(page, url);
		}
	});

	for (const t of topics) {
		test(`no content or reference page of ${t.id} scrolls sideways`, async ({ page }) => {
			test.setTimeout(90_000);
			for (const url of topicPages(t)) {
				await page.goto(url);
				await expectNoSidewaysScroll(page, url);
			}
		});
	}

	test('a quiz question, its feedback and the result page do not scroll sideways', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.goto('/topics/us-venezuela-2019-2025/quiz');
		await page.getByLabel('Length').selectOption('5');
		await page.getByRole('button', { name: 'Start quiz' }).click();
		await page.waitForURL(/\/quiz\/play\?t=/);
		for (let i = 0; i < 5; i++) {
			await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
			await expectNoSidewaysScroll(page, `quiz question ${i + 1}`);
			await page.locator('input[name=choice]').first().check();
			await page.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.getByRole('status')).toContainText(/Correct\.|Not quite\./);
			await expectNoSidewaysScroll(page, `quiz feedback ${i + 1}`);
			await page.getByRole('link', { name: i === 4 ? 'See your score' : 'Next question' }).click();
		}
		await expect(page.getByRole('heading', { name: /You scored \d+ out of 5/ })).toBeVisible();
		await expectNoSidewaysScroll(page, 'the quiz result');
	});

	test('live session pages (host lobby, student play, report) do not scroll sideways', async ({
		browser
	}) => {
		test.setTimeout(90_000);
		const teacher = await createSession(browser);
		await teacher.page.setViewportSize(PHONE);
		await expectNoSidewaysScroll(teacher.page, 'the host lobby');
		const student = await joinAs(browser, teacher.code, 'Ana');
		await student.page.setViewportSize(PHONE);
		await expectNoSidewaysScroll(student.page, 'the student waiting page');
		await teacher.page.getByRole('button', { name: 'Start with question 1' }).click();
		await expect(student.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
		await expectNoSidewaysScroll(student.page, 'a student question');
		await expectNoSidewaysScroll(teacher.page, 'the host question view');
		await answer(student.page, (await shownQuestion(student.page)).key.text);
		await expect(teacher.page.getByRole('status')).toHaveText('1 of 1 answered');
		await teacher.page.getByRole('button', { name: 'Reveal answers' }).click();
		await expect(student.page.getByRole('status')).toHaveText('Correct!');
		await expectNoSidewaysScroll(student.page, 'a student verdict');
		await expectNoSidewaysScroll(teacher.page, 'the host discussion');
		await teacher.page.goto(`/host/${teacher.sessionId}/report`);
		await expectNoSidewaysScroll(teacher.page, 'the session report');
		await student.context.close();
		await teacher.context.close();
	});
});
