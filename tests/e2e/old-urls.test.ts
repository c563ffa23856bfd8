/**
 * Every URL in use before topics (bookmarks, QR codes, printed handouts) answers 308 with the same
 * page of the first topic, and a quiz form posted to an old URL still starts a quiz.
 */
import { expect, test } from '@playwright/test';
import { E2E_ORIGIN } from '../ports';
import { TOPIC_PATH, catalog } from './catalog';

const x = catalog.explainers[0]!;
const source = catalog.sources[0]!;
const fact = catalog.facts.find((f) => f.evidence?.some((e) => e.source === source.id))!;
const OLD = [
	`/explainers/${x.id}`,
	`/explainers/${x.id}/${x.steps[1]!.id}?present`,
	'/quiz',
	'/quiz/play?t=abc',
	'/quiz/result?t=abc',
	'/timeline?topic=detainees',
	'/who?q=carstens',
	'/sources',
	`/sources/${source.id}?fact=${fact.id}&from=%2Ftimeline`
];

for (const old of OLD) {
	test(`GET ${old} answers 308 to its page in the first topic`, async ({ request }) => {
		const response = await request.get(old, { maxRedirects: 0 });
		expect(response.status()).toBe(308);
		expect(response.headers()['location']).toBe(`${TOPIC_PATH}${old}`);
	});
}

test('old links open their pages in the browser', async ({ page }) => {
	await page.goto(`/sources/${source.id}?fact=${fact.id}`);
	await expect(page).toHaveURL(`${TOPIC_PATH}/sources/${source.id}?fact=${fact.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goto('/who?q=carstens');
	await expect(page).toHaveURL(`${TOPIC_PATH}/who?q=carstens`);
});

test('the explainers list, old and new address, opens the topic page at its explainers', async ({
	page
}) => {
	for (const address of ['/explainers', `${TOPIC_PATH}/explainers`]) {
		const response = await page.goto(address);
		expect(response?.status(), address).toBe(200);
		await expect(page).toHaveURL(`${TOPIC_PATH}#explainers-heading`);
		await expect(page.getByRole('heading', { name: 'Explainers' })).toBeVisible();
	}
});

test('a quiz form posted to the old URL is redirected as a POST and starts a quiz', async ({
	request
}) => {
	const bank = catalog.banks[0]!;
	const form = { bank: bank.id, length: '3' };
	// A plain form post (as a browser without JavaScript sends it), not a fetch asking for JSON.
	const headers = { origin: E2E_ORIGIN, accept: 'text/html' };
	const first = await request.post('/quiz?/start', { form, headers, maxRedirects: 0 });
	expect(first.status()).toBe(308);
	expect(first.headers()['location']).toBe(`${TOPIC_PATH}/quiz?/start`);
	const second = await request.post(first.headers()['location']!, {
		form,
		headers,
		maxRedirects: 0
	});
	expect(second.status()).toBe(303);
	expect(second.headers()['location']).toMatch(new RegExp(`^${TOPIC_PATH}/quiz/play\\?t=`));
});
