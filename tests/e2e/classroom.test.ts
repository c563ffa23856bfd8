import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAxeClean } from './axe';
import { parseCsv } from '../unit/classroom/support/csv-parse';
import { secretsOfQuestion } from './catalog';
import {
	answer,
	createSession,
	endSession,
	firstStreamEvent,
	joinAs,
	shownQuestion
} from './classroom-helpers';

test('a teacher-paced session: lobby, joins, live count, reveal, discussion, next, end, report, CSV', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(240_000); // three students and a teacher on a busy 2-core machine
	const teacher = await createSession(browser);
	const host = teacher.page;

	// Lobby on the projector: code, QR code with alt text, join URL.
	await expect(
		host.getByRole('img', { name: /QR code that opens http.*\/join\?code=/ })
	).toBeVisible();
	await expect(
		host.getByRole('link', { name: `${baseURL}/join?code=${teacher.code}` })
	).toBeVisible();
	await expectAxeClean(host);

	const ana = await joinAs(browser, teacher.code, 'Ana');
	const ben = await joinAs(browser, teacher.code, 'Benoît');
	const cleo = await joinAs(browser, teacher.code, 'Cleo');
	await expect(ana.page.getByRole('heading', { name: 'Waiting for the teacher' })).toBeVisible();
	await expectAxeClean(ana.page);
	// The names arrive on the projector without a reload.
	for (const name of ['Ana', 'Benoît', 'Cleo'])
		await expect(host.getByRole('listitem').filter({ hasText: name })).toBeVisible();
	await expect(host.getByText('3 students joined')).toBeVisible();

	await host.getByRole('button', { name: 'Start with question 1' }).click();
	for (const s of [ana, ben, cleo])
		await expect(s.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();

	// Nothing a student can see gives the answer away before the reveal: page, page data, stream.
	const { q, key, wrong } = await shownQuestion(ana.page);
	const secrets = secretsOfQuestion(q);
	const seen = [
		await ana.page.content(),
		await (await ana.page.request.get(`/play/${teacher.sessionId}/__data.json`)).text(),
		await firstStreamEvent(ana.context, baseURL!, `/api/classroom/${teacher.sessionId}/events`)
	];
	for (const text of seen) for (const secret of secrets) expect(text).not.toContain(secret);
	await expectAxeClean(ana.page);

	await answer(ana.page, key.text);
	await expect(ana.page.getByRole('status')).toHaveText(
		'Answer received. The answer is shown after the reveal.'
	);
	await expect(host.getByRole('status')).toHaveText('1 of 3 answered');
	await answer(ben.page, wrong.text);
	await answer(cleo.page, wrong.text);
	await expect(host.getByRole('status')).toHaveText('3 of 3 answered');
	await expectAxeClean(host);
	// Still nothing after answering, until the teacher reveals.
	const after = await (await ben.page.request.get(`/play/${teacher.sessionId}/__data.json`)).text();
	for (const secret of secrets) expect(after).not.toContain(secret);

	await host.getByRole('button', { name: 'Reveal answers' }).click();
	const discussion = host.getByRole('region', { name: /How the class answered \(3 answers\)/ });
	await expect(discussion).toBeVisible();
	await expect(discussion.getByRole('listitem').filter({ hasText: key.text })).toContainText(
		'1 (33%)'
	);
	await expect(discussion.getByRole('listitem').filter({ hasText: wrong.text })).toContainText(
		`2 (67%)`
	);
	await expect(discussion.getByText(wrong.feedback)).toBeVisible(); // the misconception line
	await expect(discussion.locator('blockquote').first()).toBeVisible(); // the quote
	await expectAxeClean(host);

	await expect(ana.page.getByRole('status')).toHaveText('Correct!');
	await expect(ana.page.locator('.verdict')).toHaveText(/Correct\./);
	await expect(ben.page.locator('.verdict')).toHaveText(/Not quite\./);
	await expect(ben.page.locator('.feedback')).toHaveText(wrong.feedback);
	await ben.page.reload(); // a reload puts the student back where they were
	await expect(ben.page.locator('.verdict')).toHaveText(/Not quite\./);
	await expectAxeClean(ben.page);

	await host.getByRole('button', { name: 'Next question' }).click();
	await expect(cleo.page.getByRole('heading', { name: 'Question 2 of 5' })).toBeVisible();
	const second = await shownQuestion(cleo.page);
	await answer(cleo.page, second.key.text);
	await cleo.page.reload();
	await expect(cleo.page.getByText(`Answer received: `)).toContainText(second.key.text);
	await expect(host.getByRole('status')).toHaveText('1 of 3 answered');

	await endSession(host);
	await expect(ana.page.getByRole('heading', { name: 'Session over' })).toBeVisible();
	// Ended at question 2 of 5: scored out of the 2 asked.
	await expect(cleo.page.locator('.score')).toHaveText('You scored 1 of 2 (2 answered).');

	// The code of an ended session stops working.
	const late = await browser.newPage();
	await late.goto(`/join?code=${teacher.code}`);
	await late.getByLabel('Nickname').fill('Late');
	await late.getByRole('button', { name: 'Join' }).click();
	await expect(late.getByRole('alert')).toHaveText(
		'No session is running with that code. Check it with your teacher.'
	);

	await host.getByRole('link', { name: 'Report' }).click();
	await expect(host.getByRole('heading', { name: /^Report:/ })).toBeVisible();
	const students = host.getByRole('region', { name: 'Students' });
	await expect(students.getByRole('row', { name: /Ana 1 of 2/ })).toBeVisible();
	await expect(host.getByText(/facility 33% · discrimination/)).toBeVisible();
	await expectAxeClean(host);
	const [results] = await Promise.all([
		host.waitForEvent('download'),
		host.getByRole('link', { name: 'Results (CSV)' }).click()
	]);
	const csv = readFileSync((await results.path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toBe('\uFEFFnickname,score,answered,asked,Q1,Q2');
	// Answers are the letter and text the student saw, quoted where the text holds a comma.
	const benoit = parseCsv(csv.replace(/^\uFEFF/, '')).find((row) => row[0] === 'Benoît')!;
	expect(benoit.slice(0, 4)).toEqual(['Benoît', '0', '1', '2']);
	expect(benoit[4]).toMatch(/^✗ [A-D]\. /);
	const [items] = await Promise.all([
		host.waitForEvent('download'),
		host.getByRole('link', { name: 'Item statistics (CSV)' }).click()
	]);
	expect(readFileSync((await items.path())!, 'utf8')).toContain(wrong.feedback.replace(/"/g, '""'));
	// A student who guesses the teacher's URL gets nothing.
	const guess = await ana.page.request.get(`/host/${teacher.sessionId}/report`);
	expect(guess.status()).toBe(403);
});

test('a self-paced session: feedback at once, progress for the teacher, place kept on reload', async ({
	browser
}) => {
	const teacher = await createSession(browser, { mode: 'Self-paced' });
	await teacher.page.getByRole('button', { name: 'Start the session' }).click();
	const dana = await joinAs(browser, teacher.code, 'Dana');
	await expect(dana.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
	const first = await shownQuestion(dana.page);
	await answer(dana.page, first.wrong.text);
	await expect(dana.page.getByRole('status')).toHaveText('Not quite.');
	await expect(dana.page.locator('.feedback')).toHaveText(first.wrong.feedback);
	await expectAxeClean(dana.page);
	await dana.page.getByRole('link', { name: 'Next question' }).click();
	await expect(dana.page.getByRole('heading', { name: 'Question 2 of 5' })).toBeVisible();
	await dana.page.reload();
	await expect(dana.page.getByRole('heading', { name: 'Question 2 of 5' })).toBeVisible();
	const row = teacher.page.getByRole('row', { name: /Dana/ });
	await expect(row).toContainText('1 of 5');
	await expectAxeClean(teacher.page);
	// The leaderboard is off by default; the teacher can turn it on.
	await expect(teacher.page.getByRole('region', { name: 'Leaderboard' })).toHaveCount(0);
	await teacher.page.getByRole('button', { name: 'Show leaderboard' }).click();
	await expect(teacher.page.getByRole('region', { name: 'Leaderboard' })).toContainText(
		'Dana: 0 correct'
	);
	await endSession(teacher.page);
	await expect(dana.page.getByRole('heading', { name: 'Session over' })).toBeVisible();
});

test('a student without JavaScript, using only the keyboard, joins and answers', async ({
	browser
}) => {
	const teacher = await createSession(browser);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/join');
	await page.getByLabel('Join code').focus();
	await page.keyboard.type(teacher.code.toLowerCase());
	await page.keyboard.press('Tab');
	await page.keyboard.type('Émile');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Waiting for the teacher' })).toBeVisible();
	await expect(page.locator('noscript meta[http-equiv="refresh"]')).toHaveCount(1);
	await teacher.page.getByRole('button', { name: 'Start with question 1' }).click();
	await page.getByRole('link', { name: 'Refresh' }).click();
	const { key } = await shownQuestion(page);
	await page.getByRole('radio').first().focus();
	// Arrow keys move through a radio group; find the key's position and select it.
	const options = await page
		.getByRole('radio')
		.evaluateAll((els) => els.map((e) => (e.parentElement as HTMLElement).innerText));
	const target = options.findIndex((t) => t.includes(key.text));
	for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByText('Answer received:')).toContainText(key.text);
	await expect(teacher.page.getByText('1 of 1 answered')).toBeVisible();
});

test('forged and cross-site requests get a 4xx', async ({ browser, baseURL }) => {
	const teacher = await createSession(browser);
	const stranger = await browser.newContext();
	const api = stranger.request;
	const id = teacher.sessionId;
	const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) =>
		api.post(path, {
			form,
			headers: { origin: baseURL!, accept: 'text/html', ...headers },
			maxRedirects: 0
		});
	expect((await post(`/play/${id}?/answer`, { question: 'x', choice: '0' })).status()).toBe(403);
	expect((await post(`/host/${id}?/start`, { at: '-1' })).status()).toBe(403);
	expect(
		(await post(`/host/${id}?/start`, { at: '-1' }, { origin: 'https://evil.example' })).status()
	).toBe(403);
	expect((await post('/join', { code: teacher.code })).status()).toBe(400);
	expect((await api.get(`/api/classroom/${id}/events`)).status()).toBe(403);
	expect((await api.get(`/api/classroom/${id}/host-events`)).status()).toBe(403);
	expect((await api.get(`/api/classroom/not-a-session/events`)).status()).toBe(404);
	expect((await api.get(`/host/${id}`)).status()).toBe(403);
	const evil = await teacher.context.request.get(`/api/classroom/${id}/host-events`, {
		headers: { origin: 'https://evil.example' }
	});
	expect(evil.status()).toBe(403);
});
