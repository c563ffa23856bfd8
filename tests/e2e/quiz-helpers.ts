/** Starting quizzes with known questions, and knowing which option is which. */
import { expect, type Page } from '@playwright/test';
import { E2E_ORIGIN } from '../ports';
import { catalog } from './catalog';
import { questionByPublicId, publicIdOf } from '../../src/lib/server/quiz/public';

/** Starts a quiz of exactly these questions (author ids) in the page's browser context. */
export async function startWith(page: Page, authorIds: string[]) {
	const res = await page.request.post('/topics/us-venezuela-2019-2025/quiz?/start', {
		form: { ids: authorIds.map(publicIdOf).join(','), length: String(authorIds.length) },
		headers: { origin: E2E_ORIGIN, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	const location = res.headers()['location']!;
	await page.goto(location);
	return location;
}

/** The question on the page, with its key and a wrong option (authored indexes = radio values). */
export async function current(page: Page) {
	const id = (await page.locator('input[name=question]').getAttribute('value'))!;
	const q = questionByPublicId(catalog, id)!;
	const key = q.options.findIndex((o) => o.correct);
	return { id, q, key, wrong: q.options.findIndex((o) => !o.correct) };
}

export async function choose(page: Page, index: number) {
	await page.locator(`input[name=choice][value="${index}"]`).check();
}

/** The progress log entries this browser holds. */
export async function storedLog(page: Page): Promise<{ k: string; id?: string }[]> {
	return page.evaluate(() => JSON.parse(localStorage.getItem('sourced:log:v1') ?? '[]'));
}
