/**
 * The second topic end to end (issue 8, "both topics work everywhere in the app"): home, topic
 * page, an explainer step's quote in its article, a quiz from an ozone bank with feedback and
 * quote, timeline, who's who, the sources page's figures that differ by date, a live session made
 * from an ozone bank, and /progress grouping the ozone answers under the ozone topic.
 */
import { expect, test, type Page } from '@playwright/test';
import { questionByPublicId } from '../../src/lib/server/quiz/public';
import { timelineEntries } from '../../src/lib/server/views/timeline';
import { answer, joinAs } from './classroom-helpers';
import { library, topics } from './catalog';

const OZONE = 'ozone-layer';
const ozone = library.topicById.get(OZONE)!;
const { catalog } = ozone;
const base = `/topics/${OZONE}`;
/** The first words of a quote, which any rendering of it (curly quotes, wrapping) keeps. */
const opening = (quote: string) => quote.split(/\s+/).slice(0, 4).join(' ');

test('home lists both topics; the ozone topic page lists what it holds', async ({ page }) => {
	expect(topics.map((t) => t.id)).toContain(OZONE);
	await page.goto('/');
	const region = page.getByRole('region', { name: 'Topics' });
	for (const t of topics)
		await expect(region.getByRole('link', { name: t.meta.title })).toHaveAttribute(
			'href',
			`/topics/${t.id}`
		);
	await region.getByRole('link', { name: ozone.meta.title }).click();
	await expect(page).toHaveURL(base);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(ozone.meta.title);
	await expect(page.getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(
		catalog.sources.length
	);
	for (const x of catalog.explainers)
		await expect(page.getByRole('link', { name: x.title, exact: true })).toBeVisible();
});

test('an ozone explainer step opens its quote highlighted in the article, and leads back', async ({
	page
}) => {
	const x = catalog.explainers[0]!;
	const step = x.steps.find((s) => s.kind === 'narrative' && s.facts.length > 0)!;
	const fact = catalog.factById.get(step.facts[0]!)!;
	const quote = (fact.evidence ?? fact.contested!.versions[0]!.evidence)[0]!;
	await page.goto(`${base}/explainers/${x.id}/${step.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
	await page.getByText(/Show the \d+ claims? and (their|its) quotes?/).click();
	await page
		.locator(`#fact-${fact.id}`)
		.getByRole('link', { name: /Show in the article/ })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`${base}/sources/${quote.source}\\?fact=${fact.id}&`));
	const mark = page.locator('mark#quote-1');
	await expect(mark).toBeInViewport();
	await expect(mark).toContainText(opening(quote.quote));
	await page.getByRole('link', { name: `Back to the step “${step.title}”` }).click();
	await expect(page).toHaveURL(`${base}/explainers/${x.id}/${step.id}#fact-${fact.id}`);
});

/** The question on a quiz page, from the ozone catalog by its public id. */
async function shownQuizQuestion(page: Page) {
	const id = (await page.locator('input[name=question]').getAttribute('value'))!;
	const q = questionByPublicId(catalog, id)!;
	expect(q, `ozone question ${id}`).toBeDefined();
	return q;
}

/** Opening words of every quote that supports a question's key. */
const keyQuotes = (q: { supports: string[] }) =>
	q.supports.flatMap((id) => {
		const f = catalog.factById.get(id)!;
		return (f.evidence ?? f.contested!.versions.flatMap((v) => v.evidence)).map((e) =>
			opening(e.quote)
		);
	});

test('a quiz from an ozone bank: feedback with its quote, then progress under the ozone topic', async ({
	page
}) => {
	const bank = catalog.bankById.get('discovery')!;
	await page.goto(`${base}/quiz`);
	await page
		.getByRole('button', { name: new RegExp(`Start 10 questions\\s*: ${bank.title}`) })
		.click();
	await page.waitForURL(new RegExp(`${base}/quiz/play\\?t=`));

	// First question right: the verdict, and the quote that supports the key.
	const first = await shownQuizQuestion(page);
	expect(first.bank).toBe('discovery');
	await page.getByRole('radio', { name: first.options.find((o) => o.correct)!.text }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toContainText('Correct.');
	const lead = (await page.locator('.verdict blockquote').first().innerText()).replace(/\s+/g, ' ');
	expect(
		keyQuotes(first).some((o) => lead.includes(o)),
		lead
	).toBe(true);
	await page.getByRole('link', { name: 'Next question' }).click();

	// Second question wrong: the right answer is named, and its option's feedback is one tap away.
	await expect(page.getByText('Question 2 of 10')).toBeVisible();
	const second = await shownQuizQuestion(page);
	const wrong = second.options.find((o) => !o.correct)!;
	await page.getByRole('radio', { name: wrong.text }).check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toContainText('Not quite.');
	await expect(page.locator('.verdict .answer')).toContainText(
		second.options.find((o) => o.correct)!.text
	);
	await page.getByText(/Why, and every option.s feedback/).click();
	await expect(page.locator('.verdict .options li.chosen')).toContainText(wrong.feedback);

	// Progress: both answers, grouped under the ozone topic with its own tag labels.
	await page.goto('/progress');
	await expect(page.getByText('2 questions answered.')).toBeVisible();
	const mastery = page.locator('section', {
		has: page.getByRole('heading', { name: 'Mastery by topic' })
	});
	await expect(mastery.getByRole('heading', { level: 3 })).toHaveText([ozone.meta.title]);
	const table = mastery.getByRole('table', { name: new RegExp(`^${ozone.meta.title}:`) });
	for (const tag of new Set([...first.topics, ...second.topics]))
		await expect(table.getByRole('rowheader', { name: ozone.meta.tags[tag] })).toBeVisible();
});

test('the ozone timeline, who’s who, and sources with figures that differ by date', async ({
	page
}) => {
	await page.goto(`${base}/timeline`);
	await expect(page.locator('.what')).toHaveText(timelineEntries(catalog).map((e) => e.event));

	await page.goto(`${base}/who`);
	await expect(page.locator('dt')).toHaveCount(catalog.entities.length);
	for (const e of catalog.entities)
		await expect(page.locator('dt', { hasText: e.name })).toHaveCount(1);

	await page.goto(`${base}/sources`);
	const byDate = catalog.facts.filter((f) => f.contested?.kind === 'figure-by-date');
	expect(byDate.length).toBeGreaterThan(0);
	// The lede names only the kinds of difference these sources have: no copies, no translation.
	const lede = page.locator('.lede');
	await expect(lede).toContainText('figures that moved between dates');
	await expect(lede).toContainText('Start with the figures that differ by date.');
	await expect(lede).not.toContainText(/translation|copies|disagree/);
	const section = page.locator('section[aria-labelledby="figure-by-date"]');
	await expect(section.getByRole('heading', { level: 2 })).toHaveText(
		'Figures that differ by date'
	);
	await expect(section.locator('.fact')).toHaveCount(byDate.length);
	for (const f of byDate) {
		const item = section.locator(`#fact-${f.id}`);
		for (const v of f.contested!.versions) {
			// The heading adds the version's date when its label does not say it: "(as of 2006)".
			const heading = new RegExp(
				`^${v.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(as of .+\\))?$`
			);
			await expect(item.getByRole('heading', { name: heading })).toBeVisible();
			await expect(item.getByText(v.says, { exact: true })).toBeVisible();
		}
	}
});

test('a live session from an ozone bank: pick the topic and bank, join, answer, reveal', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const bank = catalog.bankById.get('treaties')!;
	const context = await browser.newContext();
	const host = await context.newPage();
	await host.goto('/teach');
	await host.getByLabel('Topic', { exact: true }).selectOption(OZONE);
	await expect(host).toHaveURL(new RegExp(`topic=${OZONE}`));
	const quiz = host.getByLabel('Quiz', { exact: true });
	await quiz.selectOption('bank:treaties');
	await expect(quiz).toHaveValue('bank:treaties');
	await expect(quiz.locator('option:checked')).toContainText(bank.title);
	await host.getByLabel('Questions', { exact: true }).selectOption('5');
	await host.getByRole('radio', { name: 'Teacher-paced' }).check();
	await host.getByRole('button', { name: 'Create session' }).click();
	await host.waitForURL(/\/host\/[0-9a-f-]{36}$/);
	const code = (await host.locator('.code-value').innerText()).replace(/\s/g, '');

	const student = await joinAs(browser, code, 'Ama');
	await host.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(student.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
	const stem = (await student.page.locator('legend.stem').innerText()).trim();
	const q = catalog.questions.find((x) => x.stem.trim() === stem);
	expect(q, `an ozone question with the stem “${stem}”`).toBeDefined();
	expect(q!.bank).toBe('treaties');
	await expect(host.getByText(stem)).toBeVisible();
	await answer(student.page, q!.options.find((o) => o.correct)!.text);
	await expect(host.getByRole('status')).toHaveText('1 of 1 answered');
	await host.getByRole('button', { name: 'Reveal answers' }).click();
	await expect(student.page.getByRole('status')).toHaveText('Correct!');
	// The report's item analysis is of the ozone question, counted for the student who answered.
	const sessionId = new URL(host.url()).pathname.split('/').pop()!;
	await host.goto(`/host/${sessionId}/report`);
	await expect(host.getByText(stem).first()).toBeVisible();
	await expect(host.getByText('Ama').first()).toBeVisible();
	await student.context.close();
	await context.close();
});

test("each topic's quiz, timeline, who's who and sources pages are titled with their topic", async ({
	page
}) => {
	// Two topics' pages with one title would be indistinguishable in tabs and history (WCAG 2.4.2).
	for (const t of topics)
		for (const [path, name] of [
			['quiz', 'Quizzes'],
			['timeline', 'Timeline'],
			['who', "Who's who"],
			['sources', 'Sources']
		]) {
			await page.goto(`/topics/${t.id}/${path}`);
			await expect(page).toHaveTitle(`${name} · ${t.meta.title} · Sourced`);
		}
});
