/**
 * Every page's visible text (with every disclosure opened) is scanned for the defects named in
 * tests/text-defects.ts, and for internal ids.
 */
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './sign-in';
import { catalog, TOPIC } from './catalog';
import { answer, createSession, joinAs, shownQuestion } from './classroom-helpers';
import { defects as defectsIn } from '../text-defects';

const ids = [
	...catalog.sources.map((s) => s.id),
	...catalog.facts.map((f) => f.id),
	...catalog.questions.map((q) => q.id)
];

/** The visible text of the page's main content and menu, with every <details> opened. */
async function text(page: Page): Promise<string> {
	return page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
		// The marks a browser draws around a <q> are not in innerText: write them in, so that a
		// quote with marks of its own inside a <q> shows as the doubled mark a reader sees.
		for (const q of document.querySelectorAll('q')) {
			if (getComputedStyle(q).quotes === 'none') continue;
			q.prepend('“');
			q.append('”');
			q.style.quotes = 'none';
		}
		return document.body.innerText;
	});
}

/** Defects in `body`, internal ids included. */
function defects(body: string, where: string): string[] {
	return defectsIn(body, where, ids);
}

async function scan(page: Page, urls: string[]) {
	const found: string[] = [];
	for (const url of urls) {
		await page.goto(url);
		// The articles themselves are left out: their wording is the source's, kept verbatim.
		await page.evaluate(() => document.querySelector('.article')?.remove());
		found.push(...defects(await text(page), url));
	}
	expect(found).toEqual([]);
}

test('reference pages, the home page and the menus have no text defects', async ({ page }) => {
	test.setTimeout(90_000);
	const highlights = catalog.sources.map((s) => {
		const fact = catalog.facts.find((f) => f.evidence?.some((e) => e.source === s.id))!;
		return `/topics/us-venezuela-2019-2025/sources/${s.id}?fact=${fact.id}`;
	});
	await scan(page, [
		'/',
		'/topics/us-venezuela-2019-2025/quiz',
		'/topics/us-venezuela-2019-2025/sources',
		...highlights,
		'/topics/us-venezuela-2019-2025/timeline',
		'/topics/us-venezuela-2019-2025/timeline?topic=us-politics',
		'/topics/us-venezuela-2019-2025/who',
		'/topics/us-venezuela-2019-2025/who?q=rodr',
		'/progress',
		'/teach',
		'/join'
	]);
});

for (const x of catalog.explainers) {
	test(`every step of "${x.title}" has no text defects`, async ({ page }) => {
		test.setTimeout(60_000);
		await scan(
			page,
			x.steps.map((s) => `/topics/us-venezuela-2019-2025/explainers/${x.id}/${s.id}`)
		);
	});
}

test('quiz feedback and results have no text defects', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/topics/us-venezuela-2019-2025/quiz');
	await page.getByLabel('Topic').selectOption('sources');
	await page.getByLabel('Length').selectOption('5');
	await page.getByRole('button', { name: 'Start quiz' }).click();
	const found: string[] = [];
	for (let i = 0; i < 5; i++) {
		await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		await page
			.locator('input[name=choice]')
			.nth(i % 3)
			.check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect(page.getByRole('status')).toContainText(/Correct\.|Not quite\./);
		found.push(...defects(await text(page), `quiz feedback ${i + 1}`));
		await page.getByRole('link', { name: i === 4 ? 'See your score' : 'Next question' }).click();
	}
	await expect(page.getByRole('heading', { name: /You scored/ })).toBeVisible();
	found.push(...defects(await text(page), 'quiz result'));
	expect(found).toEqual([]);
});

test('a live session report has no text defects ("2019(key)")', async ({ browser }) => {
	test.setTimeout(90_000);
	const teacher = await createSession(browser, { count: '5' });
	const student = await joinAs(browser, teacher.code, 'Ana');
	await teacher.page.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(student.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
	await answer(student.page, (await shownQuestion(student.page)).key.text);
	await expect(teacher.page.getByRole('status')).toHaveText('1 of 1 answered');
	await teacher.page.getByRole('button', { name: 'Reveal answers' }).click();
	await expect(student.page.getByRole('status')).toHaveText('Correct!');
	const found = [
		...defects(await text(teacher.page), 'host discussion'),
		...defects(await text(student.page), 'student verdict')
	];
	await teacher.page.goto(`/host/${teacher.sessionId}/report`);
	await expect(teacher.page.getByText('(key)').first()).toBeVisible();
	found.push(...defects(await text(teacher.page), 'report'));
	expect(found).toEqual([]);
	await student.context.close();
	await teacher.context.close();
});

test('the teacher’s answer keys, the question editor and the studio reader have no text defects', async ({
	page
}) => {
	test.setTimeout(90_000);
	await signIn(page);
	const found: string[] = [];
	for (const bank of catalog.banks) {
		await page.goto(`/author/topics/${TOPIC}/print/bank/${bank.id}`);
		await expect(page.locator('.answer-key .key')).toHaveCount(bank.questionIds.length);
		found.push(...defects(await text(page), `answer key of ${bank.id}`));
	}
	// Its supporting fact's quote, and its distractors' contradicting one, open with the speaker's
	// own quotation mark: the editor shows both quotes.
	await page.goto(`/author/topics/${TOPIC}/banks/detainees/questions/det-q-unprecedented`);
	await expect(page.locator('blockquote').first()).toBeVisible();
	// The editor shows ids on purpose (an author picks facts by them): only the other defects.
	found.push(...defectsIn(await text(page), 'question editor'));
	// The studio's reader lists the article's sentences, some opening with a speaker's mark.
	// The article itself is left out, as on the public pages: its wording is the source's.
	await page.goto(`/author/topics/${TOPIC}/sources/detainees-2022-08-spun`);
	await page.evaluate(() => document.querySelector('.reader')?.remove());
	found.push(...defectsIn(await text(page), 'studio reader'));
	expect(found).toEqual([]);
});
