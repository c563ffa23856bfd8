/**
 * Printable worksheets and answer keys, and the studio's export page: lettered options, each
 * question one block that print never splits, the key from a new page (computed print styles,
 * and page counts of the PDF Chromium renders), no key on the public sheet, the teacher's pages
 * behind the studio's gate, axe-clean and no sideways scroll at 360 px.
 */
import { parse } from 'gift-pegjs';
import { expect, test } from '@playwright/test';
import { signIn } from './sign-in';
import { expectAxeClean } from './axe';
import { catalog, topic } from './catalog';
import { startWith } from './quiz-helpers';

const TOPIC = 'us-venezuela-2019-2025';
const bank = catalog.banks.find((b) => b.id === 'detainees')!;
const first = catalog.questionById.get(bank.questionIds[0]!)!;
const two = bank.questionIds.slice(0, 2);

/** Pages in a PDF Chromium wrote: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pageCount = (pdf: Buffer) =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

test('a public worksheet: lettered options, one unbroken block per question, no key; axe-clean, fits 360 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/topics/${TOPIC}/print/bank/${bank.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(bank.title);
	await expect(page.getByText(`Topic: ${topic.meta.title}`)).toBeVisible();
	const blocks = page.locator('.question');
	await expect(blocks).toHaveCount(bank.questionIds.length);
	await expect(blocks.first().locator('.options li')).toHaveText(
		first.options.map((o, i) => `${'ABCDE'[i]}. ${o.text}`)
	);
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	// Nothing on the public sheet tells right from wrong.
	await expect(page.locator('.answer-key')).toHaveCount(0);
	const html = await page.content();
	for (const q of bank.questionIds.map((id) => catalog.questionById.get(id)!))
		expect(html).not.toContain(q.explanation);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectAxeClean(page);

	await page.emulateMedia({ media: 'print' });
	const styles = await blocks.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakInside));
	expect(new Set(styles)).toEqual(new Set(['avoid']));
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.screen-only')).toBeHidden();
});

test('an explainer worksheet prints its steps with their checkpoint questions', async ({
	page
}) => {
	const explainer = catalog.explainers.find((e) => e.steps.some((s) => s.checkpoint))!;
	await page.goto(`/topics/${TOPIC}/print/explainer/${explainer.id}`);
	await expect(page.locator('.step h2')).toHaveCount(explainer.steps.length);
	await expect(page.locator('.question')).toHaveCount(
		explainer.steps.filter((s) => s.checkpoint).length
	);
	await expectAxeClean(page);
});

test('unknown banks, questions and topics are a 404 with a message', async ({ request }) => {
	const r1 = await request.get(`/topics/${TOPIC}/print/bank/no-such-bank`);
	expect(r1.status()).toBe(404);
	expect(await r1.text()).toContain('no-such-bank');
	expect((await request.get(`/topics/${TOPIC}/print/questions?q=nope`)).status()).toBe(404);
	expect((await request.get(`/topics/no-such-topic/print/bank/${bank.id}`)).status()).toBe(404);
});

test('the answer key is for teachers only: without the studio session there is no key', async ({
	request
}) => {
	const page = await request.get(`/author/topics/${TOPIC}/print/bank/${bank.id}`, {
		maxRedirects: 0
	});
	expect(page.status()).toBe(303);
	const pdf = await request.get(`/author/topics/${TOPIC}/pdf/bank/${bank.id}`, { maxRedirects: 0 });
	expect(pdf.status()).toBe(303);
	const download = await request.get(
		`/author/topics/${TOPIC}/export/download?bank=${bank.id}&format=gift`,
		{ maxRedirects: 0 }
	);
	expect(download.status()).toBe(303);
});

test('the teacher’s answer key starts on a new page, with each key’s quote and source; axe-clean at 360 px', async ({
	page
}) => {
	await signIn(page);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/author/topics/${TOPIC}/print/questions?q=${two.join(',')}`);
	const key = page.locator('.answer-key');
	await expect(key.locator('.key')).toHaveCount(2);
	const k = first.options.findIndex((o) => o.correct);
	await expect(key.locator('.key').first()).toContainText(
		`Question 1: ${'ABCDE'[k]}. ${first.options[k]!.text}`
	);
	await expect(key.locator('.key').first().locator('blockquote').first()).toContainText('Source:');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectAxeClean(page);
	await page.emulateMedia({ media: 'print' });
	expect(await key.evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
});

test('PDFs: the worksheet, and the key on pages of its own after it', async ({ page }) => {
	test.slow();
	await signIn(page);
	const worksheet = await page.request.get(`/topics/${TOPIC}/pdf/questions?q=${two.join(',')}`);
	expect(worksheet.status()).toBe(200);
	expect(worksheet.headers()['content-type']).toBe('application/pdf');
	const sheet = await worksheet.body();
	expect(sheet.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const withKey = await (
		await page.request.get(`/author/topics/${TOPIC}/pdf/questions?q=${two.join(',')}`)
	).body();
	expect(withKey.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	expect(pageCount(sheet)).toBeGreaterThanOrEqual(1);
	expect(pageCount(withKey)).toBeGreaterThanOrEqual(2);
	expect(pageCount(withKey)).toBeGreaterThan(pageCount(sheet));
});

test('the export page says what a format keeps and loses before the download, and the download reads back', async ({
	page
}) => {
	await signIn(page);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`/author/topics/${TOPIC}/export`);
	await page.getByLabel('Question bank').selectOption(bank.id);
	await page.getByLabel('Kahoot spreadsheet').check();
	await page.getByRole('button', { name: /keeps and loses/ }).click();
	await expect(page.getByRole('heading', { name: 'Loses' })).toBeVisible();
	await expect(page.getByText(/no feedback column/)).toBeVisible();
	await expect(page.locator('.misfit').first()).toContainText(/Kahoot takes/);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await expectAxeClean(page);

	await page.getByLabel('GIFT').check();
	await page.getByRole('button', { name: /keeps and loses/ }).click();
	await expect(page.getByText(/hints \(GIFT has no hint field\)/)).toBeVisible();
	await page.getByLabel(catalog.questionById.get(bank.questionIds[1]!)!.stem).uncheck();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download GIFT' }).click()
	]);
	expect(download.suggestedFilename()).toBe(`${TOPIC}-${bank.id}.gift.txt`);
	const text = await (await download.createReadStream()).toArray();
	const titles = parse(Buffer.concat(text).toString('utf8')).map((q) => q.title);
	expect(titles).toEqual(bank.questionIds.filter((_, i) => i !== 1));
});

test('a finished quiz attempt prints with its keys, in the letters the student saw; an unfinished one does not', async ({
	page
}) => {
	const location = await startWith(page, two);
	const unfinished = await page.request.get(location.replace('/quiz/play', '/quiz/result/print'), {
		maxRedirects: 0
	});
	expect(unfinished.status()).toBe(303);
	const seen: string[][] = [];
	for (let i = 0; i < two.length; i++) {
		seen.push(await page.locator('label.option span:not(.letter)').allInnerTexts());
		await page.locator('input[name=choice]').first().check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page
			.getByRole('link', { name: i === two.length - 1 ? 'See your score' : 'Next question' })
			.click();
	}
	await page.getByRole('link', { name: 'Print these questions with their answers' }).click();
	await expect(page.locator('.question')).toHaveCount(2);
	await expect(page.locator('.answer-key .key')).toHaveCount(2);
	const q = catalog.questionById.get(two[0]!)!;
	const key = q.options.find((o) => o.correct)!.text;
	const options = await page.locator('.question').first().locator('.options li').allInnerTexts();
	const letter = options.find((o) => o.endsWith(key))!.slice(0, 1);
	expect(options).toEqual(seen[0]!.map((text, i) => `${'ABCDE'[i]}. ${text}`));
	expect(q.options.map((o) => o.text)).toEqual(expect.arrayContaining(seen[0]!));
	await expect(page.locator('.answer-key .key').first()).toContainText(
		`Question 1: ${letter}. ${key}`
	);
	await expectAxeClean(page);
});
