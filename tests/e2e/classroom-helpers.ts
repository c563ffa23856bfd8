/** Shared steps for the classroom browser tests: a teacher and students in separate contexts. */
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { catalog } from './catalog';

export interface Teacher {
	page: Page;
	context: BrowserContext;
	sessionId: string;
	code: string;
}

export async function createSession(
	browser: Browser,
	opts: {
		quiz?: string;
		mode?: 'Teacher-paced' | 'Self-paced';
		count?: string;
		/** Stems of questions to tick (they replace the first `count`). */
		tick?: string[];
		timer?: '20' | '30' | '60' | '90';
		autoReveal?: boolean;
		leaderboard?: boolean;
		context?: BrowserContext;
	} = {}
): Promise<Teacher> {
	const context = opts.context ?? (await browser.newContext());
	const page = await context.newPage();
	const quiz = opts.quiz ?? 'bank:detainees';
	await page.goto(`/teach?topic=us-venezuela-2019-2025&quiz=${quiz}`);
	await page.getByLabel('Quiz', { exact: true }).selectOption(quiz);
	await expect(page.getByLabel('Quiz', { exact: true })).toHaveValue(quiz);
	await page.getByLabel('Questions', { exact: true }).selectOption(opts.count ?? '5');
	await page.getByRole('radio', { name: opts.mode ?? 'Teacher-paced' }).check();
	if (opts.tick?.length) {
		await page.getByText('Or tick the questions you want').click();
		for (const stem of opts.tick) await page.getByRole('checkbox', { name: stem }).check();
	}
	if (opts.timer) await page.getByLabel('Timer per question').selectOption(opts.timer);
	if (opts.autoReveal)
		await page.getByRole('checkbox', { name: /reveal the answers by themselves/ }).check();
	if (opts.leaderboard) await page.getByRole('checkbox', { name: /Show a leaderboard/ }).check();
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
	javaScriptEnabled = true,
	/** Sets this phone's wall clock off by this many ms (Date only: the monotonic clock is real). */
	skewMs = 0
) {
	const context = await browser.newContext({ javaScriptEnabled });
	if (skewMs) await context.addInitScript(skewClock, skewMs);
	const page = await context.newPage();
	await page.goto(`/join?code=${code}`); // what the QR code opens
	await expect(page.getByLabel('Join code')).toHaveValue(code);
	await page.getByLabel('Nickname').fill(nickname);
	await page.getByRole('button', { name: 'Join' }).click();
	await page.waitForURL(/\/play\//);
	return { page, context };
}

/**
 * The question a student's page shows: its session id (hidden field), and, found by its stem in
 * the catalog (session ids mean nothing outside the session), its key and a wrong option.
 */
export async function shownQuestion(page: Page) {
	const publicId = await page.locator('input[name="question"]').getAttribute('value');
	const stem = (await page.locator('legend.stem').innerText()).trim();
	const q = catalog.questions.find((x) => x.stem.trim() === stem)!;
	expect(q, `a catalog question with the stem “${stem}”`).toBeDefined();
	const key = q.options.find((o) => o.correct)!;
	const wrong = q.options.find((o) => !o.correct)!;
	return { publicId: publicId!, q, key, wrong };
}

/** Letter → option text as a screen shows them, from `.letter` and `.option-text`-like cells. */
export async function lettersOn(page: Page, item: string, text = '.option-text') {
	return page
		.locator(item)
		.evaluateAll(
			(els, sel) =>
				Object.fromEntries(
					els.map((el) => [
						el.querySelector('.letter')!.textContent!.trim(),
						el.querySelector(sel)!.textContent!.trim()
					])
				),
			text
		);
}

/** Ends the session through its confirmation page. */
export async function endSession(host: Page) {
	await host.getByRole('link', { name: 'End session' }).click();
	await host.getByRole('button', { name: 'Yes, end the session' }).click();
	await expect(host.getByText('This session has ended; its code no longer works.')).toBeVisible();
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

/** Runs in the page: every Date (now, new Date()) is `skew` ms off; performance.now is untouched. */
function skewClock(skew: number) {
	const Real = Date;
	class Skewed extends Real {
		constructor(...args: unknown[]) {
			if (args.length === 0) super(Real.now() + skew);
			else super(...(args as [number]));
		}
		static now() {
			return Real.now() + skew;
		}
	}
	globalThis.Date = Skewed as DateConstructor;
}
