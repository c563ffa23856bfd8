/**
 * A live session a teacher can trust (issue 10), as a teacher and students see it in separate
 * browser contexts: one set of letters, no key or verdict before the reveal, the server's timer,
 * a fair early end, who has not answered, real names, CSV files that open right.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAxeClean } from './axe';
import { secretsOfQuestion } from './catalog';
import {
	answer,
	createSession,
	firstStreamEvent,
	joinAs,
	lettersOn,
	shownQuestion
} from './classroom-helpers';
import { parseCsv, unguard } from '../unit/classroom/support/csv-parse';

async function download(page: Page, link: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: link }).click()
	]);
	return readFileSync((await file.path())!, 'utf8');
}

test('every screen, the report and the CSV files show the same letters', async ({ browser }) => {
	test.setTimeout(180_000);
	const teacher = await createSession(browser);
	const host = teacher.page;
	const students = [];
	for (const name of ['Ana', 'Ben', 'Cleo'])
		students.push(await joinAs(browser, teacher.code, name));
	for (const name of ['Ana', 'Ben', 'Cleo'])
		await expect(host.getByRole('listitem').filter({ hasText: name })).toBeVisible();
	await host.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(host.locator('.options li')).toHaveCount(4);
	const projector = await lettersOn(host, '.options li');
	expect(Object.keys(projector)).toEqual(['A', 'B', 'C', 'D']);
	for (const s of students) {
		await expect(s.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
		expect(await lettersOn(s.page, 'label.option')).toEqual(projector);
	}
	// Each picks a different letter; "who picked C?" means one answer on every screen.
	const picks = ['A', 'B', 'C'];
	for (const [i, s] of students.entries()) await answer(s.page, projector[picks[i]!]!);
	await expect(host.getByRole('status')).toHaveText('3 of 3 answered');
	await host.getByRole('button', { name: 'Reveal answers' }).click();
	await expect(host.locator('.spread li')).toHaveCount(4);
	expect(await lettersOn(host, '.spread li')).toEqual(projector);
	for (const [i, s] of students.entries()) {
		await expect(s.page.locator('.reveal .options li')).toHaveCount(4);
		expect(await lettersOn(s.page, '.reveal .options li')).toEqual(projector);
		await expect(s.page.locator('.reveal li.mine .letter')).toHaveText(picks[i]!);
	}
	// "End session" asks first (the page is axe-clean), then ends.
	await host.getByRole('link', { name: 'End session' }).click();
	await expect(host.getByText('1 question of 5 was asked.')).toBeVisible();
	await expectAxeClean(host);
	await host.getByRole('button', { name: 'Yes, end the session' }).click();
	await expect(host.getByText('This session has ended; its code no longer works.')).toBeVisible();

	await host.getByRole('link', { name: 'Report' }).click();
	const rows = host.locator('article.item').first().locator('tbody th');
	await expect(rows).toHaveCount(4);
	const reported = (await rows.allInnerTexts()).map((t) => t.replace(/\s*\(key\)$/, ''));
	expect(reported).toEqual(Object.entries(projector).map(([l, t]) => `${l}. ${t}`));
	await expectAxeClean(host);

	const results = await download(host, 'Results (CSV)');
	expect(results.startsWith('\uFEFF')).toBe(true);
	const table = parseCsv(results);
	expect(table[0]).toEqual(['nickname', 'score', 'answered', 'asked', 'Q1']);
	for (const [i, name] of ['Ana', 'Ben', 'Cleo'].entries()) {
		const row = table.find((r) => r[0] === name)!;
		expect(row[4]).toMatch(new RegExp(`^[✓✗] ${picks[i]}\\. `));
		expect(row[4]!.slice(2)).toBe(`${picks[i]}. ${projector[picks[i]!]}`);
	}
	const legend = parseCsv(await download(host, 'Questions Q1, Q2, … (CSV)'));
	expect(legend[0]!.slice(0, 6)).toEqual([
		'question',
		'stem',
		'option A',
		'option B',
		'option C',
		'option D'
	]);
	expect(legend[1]!.slice(2, 6).map(unguard)).toEqual(Object.values(projector));
	const items = parseCsv(await download(host, 'Item statistics (CSV)'));
	const optionColumn = items[0]!.indexOf('option');
	expect(
		Object.fromEntries(items.slice(1).map((r) => [r[optionColumn], unguard(r[optionColumn + 1]!)]))
	).toEqual(projector);
});

test('no door gives a student the key before the reveal', async ({ browser, baseURL }) => {
	test.setTimeout(120_000);
	const teacher = await createSession(browser);
	const ana = await joinAs(browser, teacher.code, 'Ana');
	await teacher.page.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(ana.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
	const { publicId, q } = await shownQuestion(ana.page);
	const secrets = secretsOfQuestion(q);
	// The self-test door: the session's id means nothing at /quiz.
	const quiz = await ana.page.request.post('/topics/us-venezuela-2019-2025/quiz?/start', {
		form: { ids: publicId, length: '1' },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(quiz.status()).toBe(400);
	// Page data, the stream, every teacher route: nothing that gives the answer away.
	await ana.page.goto(`/play/${teacher.sessionId}`);
	const id = teacher.sessionId;
	const seen = [
		await ana.page.content(),
		await (await ana.page.request.get(`/play/${id}/__data.json`)).text(),
		await firstStreamEvent(ana.context, baseURL!, `/api/classroom/${id}/events`)
	];
	for (const text of seen) {
		for (const secret of secrets) expect(text).not.toContain(secret);
		expect(text).not.toMatch(/"correct"|"keyIndex"|"feedback"|"explanation"/);
	}
	for (const path of [
		`/host/${id}`,
		`/host/${id}/__data.json`,
		`/host/${id}/report`,
		`/host/${id}/report/results.csv`,
		`/host/${id}/report/items.csv`,
		`/host/${id}/report/questions.csv`,
		`/host/${id}/link`,
		`/host/${id}/end`,
		`/api/classroom/${id}/host-events`
	]) {
		const r = await ana.page.request.get(path, { maxRedirects: 0 });
		// __data.json carries a load's error inside its JSON; every other door is a 403.
		if (!path.endsWith('__data.json')) expect([path, r.status()]).toEqual([path, 403]);
		const body = await r.text();
		expect(body).toMatch(/teacher/i);
		for (const secret of secrets) expect(body).not.toContain(secret);
	}
});

test('nothing tells right from wrong while a question is open, on either screen', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const teacher = await createSession(browser, { leaderboard: true });
	const host = teacher.page;
	const ana = await joinAs(browser, teacher.code, 'Ana');
	const ben = await joinAs(browser, teacher.code, 'Ben');
	await host.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(ben.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
	const { key, wrong } = await shownQuestion(ana.page);
	await answer(ana.page, key.text);
	await answer(ben.page, wrong.text);
	await expect(host.getByRole('status')).toHaveText('2 of 2 answered');
	// The phone: "answer received", neutral, for right and wrong alike.
	for (const [s, text] of [
		[ana, key.text],
		[ben, wrong.text]
	] as const) {
		await expect(s.page.locator('.received')).toContainText(`Answer received: `);
		await expect(s.page.locator('.received')).toContainText(text);
		await expect(s.page.locator('.ok, .verdict, .right, .wrong')).toHaveCount(0);
		const data = await (await s.page.request.get(`/play/${teacher.sessionId}/__data.json`)).text();
		expect(data).not.toMatch(/"correct"|"keyIndex"/);
	}
	// The projector: the leaderboard keeps the last revealed scores (none yet).
	const leaders = host.getByRole('region', { name: 'Leaderboard' });
	await expect(leaders).toContainText('Ana: 0 correct');
	await expect(leaders).toContainText('Ben: 0 correct');
	await expect(host.locator('.spread, .tag')).toHaveCount(0);
	// And the data the teacher's screen is sent says no more than the pixels.
	const stream = await firstStreamEvent(
		teacher.context,
		baseURL!,
		`/api/classroom/${teacher.sessionId}/host-events`
	);
	const pageData = await (await host.request.get(`/host/${teacher.sessionId}/__data.json`)).text();
	for (const text of [stream, pageData]) {
		expect(text).not.toMatch(/"correct":\s*true|"feedback"|"explanation"/);
		expect(text).not.toContain(key.feedback);
	}
	await host.getByRole('button', { name: 'Reveal answers' }).click();
	await expect(leaders).toContainText('Ana: 1 correct');
	await expect(ana.page.locator('.verdict')).toHaveText(/Correct\./);
	await expect(ben.page.locator('.verdict')).toHaveText(/Not quite\./);
});

test('the projector view fits a 40-word question at 1280×720 and 1920×1080, and the controls work from a phone', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const { catalog } = await import('./catalog');
	const words = (s: string) => s.trim().split(/\s+/).length;
	const size = (q: (typeof catalog.questions)[number]) =>
		words(q.stem) + q.options.reduce((n, o) => n + words(o.text), 0);
	const longest = catalog.questions
		.filter((q) => q.options.length === 4 && size(q) <= 40)
		.sort(
			(a, b) =>
				size(b) - size(a) ||
				b.stem.length +
					b.options.reduce((n, o) => n + o.text.length, 0) -
					(a.stem.length + a.options.reduce((n, o) => n + o.text.length, 0))
		)[0]!;
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const teacher = await createSession(browser, {
		context,
		quiz: `bank:${longest.bank}`,
		tick: [longest.stem],
		timer: '90'
	});
	const host = teacher.page;
	await expect(host.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expectAxeClean(host);
	const student = await joinAs(browser, teacher.code, 'Ana');
	await host.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(host.locator('.stem')).toHaveText(longest.stem);
	await expect(student.page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();

	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 1920, height: 1080 }
	]) {
		await host.setViewportSize(viewport);
		// The page shrinks the type after a resize until the question fits: wait for that.
		await expect
			.poll(() =>
				host.evaluate(() => {
					const c = document.querySelector('.stage .content')!;
					return c.scrollHeight > c.clientHeight + 1;
				})
			)
			.toBe(false);
		const fits = await host.evaluate(() => {
			const inView = (el: Element) => {
				const r = el.getBoundingClientRect();
				return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
			};
			const scrolls = (el: Element) => el.scrollHeight > el.clientHeight + 1;
			return {
				pageScrolls: document.documentElement.scrollHeight > innerHeight,
				stageScrolls: scrolls(document.querySelector('.stage')!),
				contentScrolls: scrolls(document.querySelector('.stage .content')!),
				stem: inView(document.querySelector('.stem')!),
				options: [...document.querySelectorAll('.options li')].map(inView),
				timer: inView(document.querySelector('.countdown')!),
				answered: inView(document.querySelector('.answered')!),
				joinCorner: inView(document.querySelector('.join-corner')!),
				controls: inView(document.querySelector('.dock button.primary')!),
				stemPx: parseFloat(getComputedStyle(document.querySelector('.stem')!).fontSize),
				optionPx: parseFloat(getComputedStyle(document.querySelector('.options li')!).fontSize)
			};
		});
		expect(fits).toMatchObject({
			pageScrolls: false,
			stageScrolls: false,
			contentScrolls: false,
			stem: true,
			options: [true, true, true, true],
			timer: true,
			answered: true,
			joinCorner: true,
			controls: true
		});
		// Large type: readable from the back of a room (at least twice body text on 1080p).
		expect(fits.stemPx).toBeGreaterThanOrEqual(viewport.height >= 1080 ? 44 : 30);
		expect(fits.optionPx).toBeGreaterThanOrEqual(viewport.height >= 1080 ? 36 : 24);
	}
	// Late joiners still see the code and a QR code while the question runs.
	const corner = host.getByRole('complementary', { name: 'Join this session' });
	await expect(corner.getByRole('img', { name: /QR code/ })).toBeVisible();
	await expect(corner).toContainText(`${teacher.code.slice(0, 4)} ${teacher.code.slice(4)}`);
	await expectAxeClean(host);
	// The control link is not on the projected screen; it is a QR code on a page of its own.
	expect(await host.content()).not.toContain('?key=');
	await host.getByRole('link', { name: 'Controls on your phone' }).click();
	await expect(host.getByRole('img', { name: /QR code of the teacher link/ })).toBeHidden();
	await host.getByText('Show the QR code').click();
	await expect(host.getByRole('img', { name: /QR code of the teacher link/ })).toBeVisible();
	await expectAxeClean(host);
	await host.getByText('Show the link as text').click();
	const link = (await host.locator('code.link').innerText()).trim();
	// A phone opens it and reveals from there; the projector follows.
	const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
	const remote = await phone.newPage();
	await remote.goto(link);
	await expect(remote).toHaveURL(new RegExp(`/host/${teacher.sessionId}$`));
	await remote.getByRole('button', { name: 'Reveal answers' }).click();
	await expect(student.page.getByRole('heading', { name: /the answer/ })).toBeVisible();
	await host.goto(`/host/${teacher.sessionId}`);
	await expect(host.getByRole('heading', { name: /How the class answered/ })).toBeVisible();
});

test('the timer is the server’s: skewed phone clocks, closing at zero, auto-reveal', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	const plain = await createSession(browser, { timer: '20' });
	const auto = await createSession(browser, { timer: '20', autoReveal: true });
	const fast = await joinAs(browser, plain.code, 'Fast', true, 60_000);
	const slow = await joinAs(browser, plain.code, 'Slow', true, -60_000);
	const watcher = await joinAs(browser, auto.code, 'Watcher', true, 60_000);
	// The skew is real in these pages.
	expect(
		await fast.page.evaluate(() => Date.now() - performance.timeOrigin - performance.now())
	).toBeGreaterThan(50_000);
	await plain.page.getByRole('button', { name: 'Start with question 1' }).click();
	await auto.page.getByRole('button', { name: 'Start with question 1' }).click();
	for (const s of [fast, slow, watcher]) {
		await expect(s.page.locator('.countdown .seconds')).toBeVisible();
		const left = Number(await s.page.locator('.countdown .seconds').innerText());
		expect(left).toBeGreaterThan(5);
		expect(left).toBeLessThanOrEqual(20);
	}
	const left = Number(await plain.page.locator('.countdown .seconds').innerText());
	expect(left).toBeGreaterThan(5);
	expect(left).toBeLessThanOrEqual(20);
	const { publicId } = await shownQuestion(slow.page);
	// At zero the form closes on every phone, whatever its clock says.
	for (const s of [fast, slow]) {
		await expect(s.page.getByRole('status')).toHaveText(
			'Time is up: answers are closed. Wait for your teacher to reveal the answer.',
			{ timeout: 40_000 }
		);
		await expect(s.page.getByRole('radio')).toHaveCount(0);
	}
	await expectAxeClean(slow.page);
	// The server refuses a late answer with a clear message.
	const late = await slow.page.request.post(`/play/${plain.sessionId}?/answer`, {
		form: { question: publicId, choice: '0' },
		headers: { origin: baseURL!, accept: 'text/html' }
	});
	expect(late.status()).toBe(409);
	expect(await late.text()).toContain('Time is up for this question: answers are closed.');
	// Auto-reveal: the server reveals by itself; the phone and the projector follow.
	await expect(
		watcher.page.getByRole('heading', { name: 'Question 1 of 5: the answer' })
	).toBeVisible({
		timeout: 40_000
	});
	await expect(auto.page.getByRole('heading', { name: /How the class answered/ })).toBeVisible();
	// Without auto-reveal the question waits, closed, for the teacher.
	await expect(plain.page.getByRole('button', { name: 'Reveal answers' })).toBeVisible();
});

test('ending early counts only the questions asked; ending asks first, without JavaScript too', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const teacher = await createSession(browser, { context: noJs });
	const host = teacher.page;
	const ana = await joinAs(browser, teacher.code, 'Ana');
	const ben = await joinAs(browser, teacher.code, 'Ben');
	await host.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(ana.page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
	const first = await shownQuestion(ana.page);
	await answer(ana.page, first.key.text);
	await answer(ben.page, first.wrong.text);
	await expect(ben.page.locator('.received')).toBeVisible();
	for (let i = 1; i <= 2; i++) {
		await host.getByRole('button', { name: 'Reveal answers' }).click();
		await host.getByRole('button', { name: 'Next question' }).click();
		await expect(host.getByRole('heading', { name: `Question ${i + 1} of 5` })).toBeVisible();
	}
	// Question 3 of 5 is open. "End session" asks first, on a page of its own.
	await host.getByRole('link', { name: 'End session' }).click();
	await expect(host.getByRole('heading', { name: /^End “/ })).toBeVisible();
	await expect(host.getByText('3 questions of 5 were asked.')).toBeVisible();
	await host.getByRole('link', { name: 'No, go back' }).click();
	await expect(host.getByRole('heading', { name: 'Question 3 of 5' })).toBeVisible();
	await expect(ana.page.getByRole('heading', { name: 'Question 3 of 5' })).toBeVisible();
	await host.getByRole('link', { name: 'End session' }).click();
	await host.getByRole('button', { name: 'Yes, end the session' }).click();
	await expect(host.getByText('This session has ended; its code no longer works.')).toBeVisible();

	await expect(ana.page.locator('.score')).toHaveText('You scored 1 of 3 (1 answered).');
	await expect(ben.page.locator('.score')).toHaveText('You scored 0 of 3 (1 answered).');
	await host.getByRole('link', { name: 'Report' }).click();
	await expect(host.getByText(/3 questions asked \(of 5 planned\)/)).toBeVisible();
	await expect(host.locator('article.item')).toHaveCount(3);
	await expect(host.getByRole('row', { name: /Ana 1 of 3/ })).toBeVisible();
	// One student in each group: "1 student", never "1 students".
	await expect(host.getByText('(1 student each)')).toBeVisible();
	await expect(host.getByText(/\b1 students\b/)).toHaveCount(0);
	const csvOf = async (path: string) =>
		parseCsv(await (await host.request.get(`/host/${teacher.sessionId}/report/${path}`)).text());
	expect((await csvOf('results.csv'))[0]).toEqual([
		'nickname',
		'score',
		'answered',
		'asked',
		'Q1',
		'Q2',
		'Q3'
	]);
	expect(new Set((await csvOf('items.csv')).slice(1).map((r) => r[0]))).toEqual(
		new Set(['Q1', 'Q2', 'Q3'])
	);
	expect((await csvOf('questions.csv')).slice(1).map((r) => r[0])).toEqual(['Q1', 'Q2', 'Q3']);
});

test('real names in any script join, show right to left where they should, and the teacher sees who has not answered', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const teacher = await createSession(browser);
	const host = teacher.page;
	const names = ['محمد', '张伟', "Liam O'Brien", 'Nguyễn Thị Minh'];
	const students = [];
	for (const name of names) {
		const s = await joinAs(browser, teacher.code, name);
		await expect(s.page.locator('.who bdi')).toHaveText(name);
		students.push(s);
	}
	const lobby = host.locator('ul.names li');
	await expect(lobby).toHaveCount(4);
	for (const name of names)
		await expect(lobby.filter({ hasText: name })).toHaveAttribute('dir', 'auto');
	await expectAxeClean(host);
	await host.getByRole('button', { name: 'Start with question 1' }).click();
	// Hidden by default on the projector; one click shows the names.
	const missing = host.locator('details.missing');
	await expect(missing.locator('summary')).toHaveText('Not answered yet: 4 students');
	await expect(missing.getByText('محمد')).toBeHidden();
	const { key } = await shownQuestion(students[0]!.page);
	await answer(students[0]!.page, key.text);
	await expect(missing.locator('summary')).toHaveText('Not answered yet: 3 students');
	await missing.locator('summary').click();
	await expect(missing.locator('li')).toHaveText(['张伟', "Liam O'Brien", 'Nguyễn Thị Minh']);
	await expect(missing.locator('li').first()).toHaveAttribute('dir', 'auto');
	await expectAxeClean(host);
	for (const s of students.slice(1)) await answer(s.page, key.text);
	await expect(missing.locator('summary')).toHaveText('Not answered yet: 0 students');
	// A name that can hide itself is refused, with the rule that applied.
	const page = await (await browser.newContext()).newPage();
	await page.goto(`/join?code=${teacher.code}`);
	await page.getByLabel('Nickname').fill('Ana\u202Eevil');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		/Nickname not allowed: it contains an invisible or control character \(U\+202E\)/
	);
	await expectAxeClean(page);
});

test('a teacher picks questions at /teach, finds her sessions again, and students keep what they answered', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
	const page = await context.newPage();
	await page.goto('/teach?topic=us-venezuela-2019-2025&quiz=bank:detainees');
	await page.getByText('Or tick the questions you want').click();
	const fits = await page.evaluate(
		() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
	);
	expect(fits).toBe(true);
	await expectAxeClean(page);
	const { catalog } = await import('./catalog');
	const bank = catalog.bankById.get('detainees')!;
	const picked = [bank.questionIds[3]!, bank.questionIds[1]!].map((id) =>
		catalog.questionById.get(id)!
	);
	const teacher = await createSession(browser, { context, tick: picked.map((q) => q.stem) });
	const host = teacher.page;
	await expect(host.getByText('Teacher-paced · 2 questions')).toBeVisible();
	const ana = await joinAs(browser, teacher.code, 'Ana');
	await host.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(ana.page.locator('legend.stem')).toHaveText(picked[1]!.stem); // the bank's order
	const q = await shownQuestion(ana.page);
	await answer(ana.page, q.wrong.text);
	await host.getByRole('button', { name: 'Reveal answers' }).click();
	await expect(ana.page.locator('.verdict')).toHaveText(/Not quite\./);
	// The answer is in Ana's own progress on her device, for spaced review.
	await ana.page.goto('/progress');
	await expect(ana.page.getByText('1 question answered.')).toBeVisible();

	// Her sessions, from the same browser; another browser sees none.
	await page.goto('/teach');
	const past = page.getByRole('region', { name: 'Your sessions on this device' });
	await expect(past.getByRole('link', { name: bank.title, exact: true })).toHaveAttribute(
		'href',
		`/host/${teacher.sessionId}`
	);
	await past.getByRole('link', { name: /^Report/ }).click();
	await expect(page.getByRole('heading', { name: /^Report:/ })).toBeVisible();
	const other = await browser.newPage();
	await other.goto('/teach');
	await expect(other.getByRole('region', { name: 'Your sessions on this device' })).toHaveCount(0);
});
