/** Forged and malformed form posts get a 4xx with a clear message, never a 500. */
import { expect, test } from '@playwright/test';
import { E2E_ORIGIN } from '../ports';

async function validToken(request: import('@playwright/test').APIRequestContext) {
	const res = await request.post('/topics/us-venezuela-2019-2025/quiz?/start', {
		form: { bank: 'detainees', length: '5' },
		headers: { origin: E2E_ORIGIN, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(res.status()).toBe(303);
	const location = res.headers()['location']!;
	return { token: new URL(location, 'http://x').searchParams.get('t')!, location };
}

async function post(
	request: import('@playwright/test').APIRequestContext,
	form: Record<string, string>
) {
	const res = await request.post('/topics/us-venezuela-2019-2025/quiz/play?/answer', {
		form,
		headers: {
			origin: E2E_ORIGIN,
			accept: 'application/json',
			'x-sveltekit-action': 'true'
		}
	});
	return { status: res.status(), body: await res.json() };
}

test('forged answers are refused with a 4xx and a message', async ({ request, page }) => {
	const { token, location } = await validToken(request);
	await page.goto(location);
	const current = (await page.locator('input[name=question]').getAttribute('value'))!;

	const cases: [Record<string, string>, number, RegExp][] = [
		[{ t: token, question: 'no-such-question', choice: '0' }, 409, /not the current question/],
		[{ t: token, question: current, choice: '7' }, 400, /Option 7 does not exist/],
		[{ t: token, question: current, choice: '-1' }, 400, /Option -1 does not exist/],
		[{ t: token, question: current }, 400, /Choose an answer first/],
		[{ question: current, choice: '0' }, 400, /could not be read/],
		[{ t: token + 'x', question: current, choice: '0' }, 400, /not valid/],
		[{ t: 'garbage', question: current, choice: 'one' }, 400, /could not be read|not valid/]
	];
	for (const [form, status, message] of cases) {
		const res = await post(request, form);
		expect(res.body.type, JSON.stringify(form)).toBe('failure');
		expect(res.body.status, JSON.stringify(form)).toBe(status);
		expect(JSON.stringify(res.body.data)).toMatch(message);
	}
});

test('a forged start request and a cross-site post are refused', async ({ request }) => {
	const bad = await request.post('/topics/us-venezuela-2019-2025/quiz?/start', {
		form: { bank: '../etc', length: '999' },
		headers: {
			origin: E2E_ORIGIN,
			accept: 'application/json',
			'x-sveltekit-action': 'true'
		}
	});
	expect((await bad.json()).status).toBe(400);
	const crossSite = await request.post('/topics/us-venezuela-2019-2025/quiz?/start', {
		form: { bank: 'detainees' },
		headers: { origin: 'https://evil.example' }
	});
	expect(crossSite.status()).toBe(403);
});

test('a tampered quiz link gets a 400 page, not a 500', async ({ page }) => {
	const res = await page.goto('/topics/us-venezuela-2019-2025/quiz/play?t=abc.def');
	expect(res!.status()).toBe(400);
	await expect(page.getByText(/quiz link is not valid/)).toBeVisible();
	const missing = await page.goto('/topics/us-venezuela-2019-2025/explainers/no-such-explainer');
	expect(missing!.status()).toBe(404);
});

test('a post whose body is not a readable form gets a 400, not a 500', async ({ request }) => {
	for (const path of [
		'/topics/us-venezuela-2019-2025/quiz?/start',
		'/topics/us-venezuela-2019-2025/quiz/play?/answer',
		'/topics/us-venezuela-2019-2025/explainers/detained-americans/who-is-held?/check'
	]) {
		const res = await request.post(path, {
			headers: {
				origin: E2E_ORIGIN,
				'content-type': 'multipart/form-data; boundary=xyz',
				accept: 'application/json',
				'x-sveltekit-action': 'true'
			},
			data: 'garbage'
		});
		expect(res.status(), path).toBeLessThan(500);
		const body = await res.json();
		expect(body.status ?? res.status(), path).toBeGreaterThanOrEqual(400);
	}
});
