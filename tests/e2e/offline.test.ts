/**
 * Offline reading (issue 12, item 4): after one visit to a topic, its explainer steps (ones never
 * opened too), sources, timeline and who's who open with the network cut; quizzes, checkpoints and
 * live sessions say that they need a connection; progress recorded offline is kept.
 *
 * The other browser tests block service workers (playwright.config.ts): this file allows them.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { catalog, TOPIC, TOPIC_PATH } from './catalog';

test.use({ serviceWorkers: 'allow' });

const LOG_KEY = 'sourced:log:v1';

/**
 * True once the worker has kept every reading page of the topic in `locale` (it stores the
 * manifest last, under the key of that language: src/lib/offline/locale.ts).
 */
const topicKept = (page: Page, locale: 'en' | 'es' = 'en') =>
	page.evaluate(
		(mark) => caches.match(mark).then((r) => r !== undefined),
		`${TOPIC_PATH}/offline.json?locale=${locale}`
	);

/** The language the worker shows offline copies in (the one the reader last read a page in). */
const readerLocale = (page: Page) =>
	page.evaluate(() => caches.match('/.sourced/reader-locale').then((r) => r?.text()));

const workerActive = (page: Page) =>
	page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state));

/** Every address the worker's caches hold. */
const keptUrls = (page: Page) =>
	page.evaluate(async () => {
		const urls: string[] = [];
		for (const key of await caches.keys()) {
			for (const r of await (await caches.open(key)).keys()) urls.push(new URL(r.url).pathname);
		}
		return urls;
	});

const stepsSeen = (page: Page, explainer: string) =>
	page.evaluate(
		([key, x]) =>
			(JSON.parse(localStorage.getItem(key!) ?? '[]') as { k: string; x?: string; s?: string }[])
				.filter((e) => e.k === 's' && e.x === x)
				.map((e) => e.s),
		[LOG_KEY, explainer]
	);

test('after one visit a topic reads offline; quizzes and live sessions say they need a connection', async ({
	context,
	page
}) => {
	// Keeping a whole topic is some eighty page renders in the background: room for a busy machine.
	test.setTimeout(240_000);
	// One visit: the topic page only.
	await page.goto(TOPIC_PATH);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)))
		.toBe('activated');
	// The whole topic is kept in the background: wait for the worker's mark, not for a time.
	await expect.poll(() => topicKept(page), { timeout: 120_000 }).toBe(true);
	// One cache, named after this build (a new build's worker keeps the topics again, then drops it).
	expect(await page.evaluate(() => caches.keys())).toEqual([expect.stringMatching(/^sourced-.+/)]);
	// Nothing that needs the server, carries an attempt or a key, is ever kept.
	const kept = await keptUrls(page);
	expect(kept).toContain(`${TOPIC_PATH}/who`);
	const live = /^\/(join|teach|play|host|author|api)(\/|$)/;
	expect(kept.filter((u) => live.test(u) || /^\/topics\/[^/]+\/(quiz|print|pdf)/.test(u))).toEqual(
		[]
	);

	// A proxy's error while the app is down (the network is up): the kept copy answers.
	await context.route(`**${TOPIC_PATH}/who`, (route) =>
		route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' })
	);
	await page.goto(`${TOPIC_PATH}/who`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Who's who");
	await context.unrouteAll();
	// The progress page, read once online, is kept (it is replayed in the browser anyway).
	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: 'Mastery by topic' })).toBeVisible();

	await context.setOffline(true);

	// An explainer step never opened, deep in an explainer, with its progress logged offline.
	const first = catalog.explainers[0]!;
	const x = catalog.explainers.find((e) => e !== first && e.steps.length >= 4)!;
	const step = x.steps[2]!;
	await page.goto(`${TOPIC_PATH}/explainers/${x.id}/${step.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
	await expect(page.getByText(`Step 3 of ${x.steps.length}`)).toBeVisible();
	await expect.poll(() => stepsSeen(page, x.id)).toEqual([step.id]);
	// Its styles came from the cache too.
	expect(await page.locator('body').evaluate((b) => getComputedStyle(b).margin)).toBe('0px');
	// "Next step" works offline, and logs that step too.
	await page.getByRole('link', { name: 'Next step' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(x.steps[3]!.title);
	await expect.poll(() => stepsSeen(page, x.id)).toEqual([step.id, x.steps[3]!.id]);
	// The kept progress page counts them offline: its module and the scheduler it loads for a log
	// (src/lib/progress/browser/, outside Kit's own bundle) come from the worker's precache.
	await page.goto('/progress');
	await expect(page.getByRole('listitem').filter({ hasText: x.title })).toContainText(
		`2 of ${x.steps.length} steps seen`
	);

	// The topic page's explainer link (a redirect to the first step) works offline.
	await page.goto(TOPIC_PATH);
	await page.getByRole('link', { name: first.title, exact: true }).click();
	await expect(page).toHaveURL(`${TOPIC_PATH}/explainers/${first.id}/${first.steps[0]!.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.steps[0]!.title);

	// Sources, one article, then the timeline and who's who through the site menu: on these pages
	// (no framework JavaScript) its links are full page loads, served from the cache.
	await page.goto(`${TOPIC_PATH}/sources`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The sources');
	const source = catalog.sources[0]!;
	await page.goto(`${TOPIC_PATH}/sources/${source.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Timeline' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: "Who's who" })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Who's who");
	// Its filter runs in the page, offline too.
	await page.getByLabel('Find a name, spelling or group').fill(catalog.entities[0]!.name);
	await expect(page.getByRole('status')).toContainText(/\d+ of \d+ match/);

	// A quiz says it needs a connection: a page of the app, not the browser's error.
	const quiz = await page.goto(`${TOPIC_PATH}/quiz`);
	expect(quiz?.status()).toBe(503);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quizzes need a connection');
	await expect(page.getByRole('link', { name: 'Try again' })).toBeVisible();
	await expectAxeClean(page);

	// So does starting one from the topic page (a form post), and checking a checkpoint's answer.
	await page.goto(TOPIC_PATH);
	await page
		.getByRole('button', { name: /^Start a quiz/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quizzes need a connection');
	// (A checkpoint of another explainer than x, so that x's count of steps seen stays two.)
	const cp = first.steps.find((s) => s.checkpoint)!;
	await page.goto(`${TOPIC_PATH}/explainers/${first.id}/${cp.id}`);
	await page.locator('input[name=choice]').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quizzes need a connection');

	// A live session: joining needs the teacher's computer.
	const join = await page.goto('/join');
	expect(join?.status()).toBe(503);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Live sessions need a connection'
	);
	await expectAxeClean(page);
	await page.setViewportSize({ width: 360, height: 740 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// Back online: the steps read offline are still in the progress, and count on /progress.
	await context.setOffline(false);
	await page.goto('/progress');
	await expect(page.getByRole('listitem').filter({ hasText: x.title })).toContainText(
		`2 of ${x.steps.length} steps seen`
	);
	expect(await stepsSeen(page, x.id)).toEqual(expect.arrayContaining([step.id, x.steps[3]!.id]));
	// And the quiz opens again.
	await page.goto(`${TOPIC_PATH}/quiz`);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Quizzes need a connection');
});

test('with no network a page never kept says so, and the topic manifest lists only reading pages', async ({
	context,
	page,
	request
}) => {
	const manifest = await (await request.get(`${TOPIC_PATH}/offline.json`)).json();
	expect(manifest.topic).toBe(TOPIC);
	expect(manifest.pages.filter((p: string) => /quiz|join|author/.test(p))).toEqual([]);

	await page.goto('/join');
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state)))
		.toBe('activated');
	await context.setOffline(true);
	// A page of a topic nobody opened on this device (no topic was visited in this context).
	const res = await page.goto(`${TOPIC_PATH}/timeline`);
	expect(res?.status()).toBe(503);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page needs a connection');
	await expectAxeClean(page);
});

test('with the worker in charge, quizzes, checkpoints and joining work online as before, and are not kept', async ({
	page
}) => {
	await page.goto(TOPIC_PATH);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	// A quiz: the start form posts through the worker, the answer goes in the background (quiz.js).
	await page
		.getByRole('button', { name: /^Start a quiz/ })
		.first()
		.click();
	await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
	await page.locator('input[name=choice]').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toContainText(/Correct\.|Not quite\./);

	// A checkpoint, graded by a form post on the step's page.
	const x = catalog.explainers[0]!;
	const cp = x.steps.find((s) => s.checkpoint)!;
	await page.goto(`${TOPIC_PATH}/explainers/${x.id}/${cp.id}`);
	await page.locator('input[name=choice]').first().check();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toContainText(/Correct\.|Not quite\./);

	// Joining with a code that runs no session: the server's own message, not the offline page.
	await page.goto('/join');
	await page.getByLabel('Join code').fill('ZZZZ999');
	await page.getByLabel('Nickname').fill('Ana');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join a live session');

	const live = /^\/(join|teach|play|host|author|api)(\/|$)/;
	const kept = await keptUrls(page);
	expect(kept.filter((u) => live.test(u) || /^\/topics\/[^/]+\/quiz/.test(u))).toEqual([]);
});

test('offline copies follow the interface language: read in English, switch to Spanish, and kept pages come back in Spanish, then in English again', async ({
	context,
	page
}) => {
	// The topic is kept twice, once in each language: some 160 page renders in the background.
	test.setTimeout(300_000);
	await page.goto(TOPIC_PATH);
	await expect.poll(() => workerActive(page)).toBe('activated');
	await expect.poll(() => topicKept(page), { timeout: 120_000 }).toBe(true);

	// The switch in the header (a form post): the kept topic is kept again, in Spanish.
	await page.getByRole('button', { name: 'Español' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect.poll(() => topicKept(page, 'es'), { timeout: 120_000 }).toBe(true);

	await context.setOffline(true);
	// A page read only in English before the switch comes back in Spanish, as does the page that
	// says a quiz needs a connection.
	await page.goto(`${TOPIC_PATH}/who`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quién es quién');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await page.goto(`${TOPIC_PATH}/quiz`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Los cuestionarios necesitan conexión'
	);

	// And back: English again, offline too (its copies are still kept).
	await context.setOffline(false);
	await page.goto(TOPIC_PATH);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
	await expect.poll(() => readerLocale(page)).toBe('en');
	await context.setOffline(true);
	await page.goto(`${TOPIC_PATH}/timeline`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});
