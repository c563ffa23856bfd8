/** Shared steps for the classroom browser tests: a teacher and students in separate contexts. */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { catalog } from './catalog';
import { questionByPublicId } from '../../src/lib/server/quiz/public';

export interface Teacher {
	page: Page;
	context: BrowserContext;
	sessionId: string;
	code: string;
}

export async function createSession(
	browser: Browser,
	opts: { quiz?: string; mode?: 'Teacher-paced' | 'Self-paced'; count?: string } = {}
): Promise<Teacher> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/teach');
	await page.getByLabel('Quiz', { exact: true }).selectOption(opts.quiz ?? 'bank:detainees');
	await page.getByLabel('Questions', { exact: true }).selectOption(opts.count ?? '5');
	await page.getByRole('radio', { name: opts.mode ?? 'Teacher-paced' }).check();
	await page.getByRole('button', { name: 'Create session' }).click();
	await page.waitForURL(/\/host\/[0-9a-f-]{36}$/);
	const sessionId = page.url().split('/').pop()!;
	const code = (await page.locator('.code-value').innerText()).replace(/\s/g, '');
	expect(code).toMatch(/^[2-9A-HJKMNP-Z]{7}$/);
	return { page, context, sessionId, code };
}

export async function joinAs(
	browser: Browser,
	code: string,
	nickname: string,
	javaScriptEnabled = true
) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await page.goto(`/join?code=${code}`); // what the QR code opens
	await expect(page.getByLabel('Join code')).toHaveValue(code);
	await page.getByLabel('Nickname').fill(nickname);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.waitForURL(/\/play\//);
	return { page, context };
}

/** The question a student's page shows, from its hidden field: its key and a wrong option. */
export async function shownQuestion(page: Page) {
	const publicId = await page.locator('input[name="question"]').getAttribute('value');
	const q = questionByPublicId(catalog, publicId!)!;
	const key = q.options.find((o) => o.correct)!;
	const wrong = q.options.find((o) => !o.correct)!;
	return { publicId: publicId!, q, key, wrong };
}

export async function answer(page: Page, optionText: string) {
	await page.getByRole('radio', { name: optionText, exact: false }).check();
	await page.getByRole('button', { name: 'Submit answer' }).click();
}

/** Reads the first event of a classroom stream with the page's cookies (Node fetch, loopback). */
export async function firstStreamEvent(
	context: BrowserContext,
	baseURL: string,
	path: string
): Promise<string> {
	const cookie = (await context.cookies(baseURL)).map((c) => `${c.name}=${c.value}`).join('; ');
	const controller = new AbortController();
	const response = await fetch(`${baseURL}${path}`, {
		headers: { cookie },
		signal: controller.signal
	});
	const reader = response.body!.getReader();
	let text = '';
	while (!text.includes('\n\nevent: view') || !/event: view\ndata: .*\n\n/.test(text)) {
		const { value, done } = await reader.read();
		if (done) break;
		text += new TextDecoder().decode(value);
	}
	controller.abort();
	return text;
}
