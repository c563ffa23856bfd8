/**
 * The studio: absent from a server without SOURCED_AUTHOR_SECRET (an instance of its own), and on an
 * instance of its own with the secret, writing into a temporary copy of the content tree: sign-in
 * by a one-time link, every kind of bad input refused with a 4xx and nothing written, and an
 * author creating a topic and importing an HTML article in the browser, keyboard and phone included.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { hashBody } from '../../src/lib/server/content/read-files';
import { keepDraft } from '../../src/lib/server/studio/drafts';
import { startApp, type App } from '../unit/classroom/support/app-process';
import { Visitor } from '../unit/classroom/support/http-client';
import { extraPort } from '../ports';
import { expectAxeClean } from './axe';

// One instance for the whole file: its sign-in link works once.
test.describe.configure({ mode: 'default' });

const SECRET = `studio-test-${Date.now()}-secret`;
let app: App;
let content: string;
let dataDir: string;
let author: Visitor;

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}

test.beforeAll(async () => {
	test.setTimeout(120_000);
	content = mkdtempSync(join(tmpdir(), 'studio-content-'));
	cpSync('questions', content, { recursive: true });
	app = await startApp(
		extraPort(21),
		{
			SOURCED_AUTHOR_SECRET: SECRET,
			SOURCED_AUTHOR_ONE_TIME: '1',
			CONTENT_DIR: content,
			DATA_DIR: (dataDir = mkdtempSync(join(tmpdir(), 'studio-data-')))
		},
		[],
		{ entry: 'scripts/serve.js' }
	);
	author = new Visitor(app.base);
	const signedIn = await author.get(`/author/sign-in?secret=${encodeURIComponent(SECRET)}`);
	expect(signedIn.status).toBe(303);
	expect(signedIn.headers.get('location')).toBe('/author');
});

test.afterAll(async () => {
	await app?.stop();
});

test('without SOURCED_AUTHOR_SECRET every studio URL is 404, posts included', async ({
	request
}) => {
	// An instance of its own: the app under test has the studio on (for the teacher-only pages).
	const closed = await startApp(
		extraPort(22),
		{
			SOURCED_AUTHOR_SECRET: '',
			DATA_DIR: mkdtempSync(join(tmpdir(), 'studio-closed-'))
		},
		[],
		{ entry: 'scripts/serve.js' }
	);
	try {
		await expectStudioAbsent(request, closed.base);
	} finally {
		await closed.stop();
	}
});

async function expectStudioAbsent(request: APIRequestContext, base: string) {
	for (const path of [
		'/author',
		'/author/',
		'/author/sign-in',
		'/author/sign-in?secret=anything',
		'/author/topics/new',
		'/author/topics/us-venezuela-2019-2025',
		'/author/topics/x/sources/new',
		'/author/no-such-page'
	]) {
		expect((await request.get(base + path, { maxRedirects: 0 })).status(), path).toBe(404);
	}
	for (const path of [
		'/author/sign-in',
		'/author/topics/new',
		'/author/topics/x/sources/new?/save'
	]) {
		const sameSite = await request.post(base + path, {
			form: { secret: 'x', id: 'x' },
			headers: { origin: base }
		});
		expect(sameSite.status(), path).toBe(404);
		const forged = await request.post(base + path, {
			form: { id: 'x' },
			headers: { origin: 'https://evil.example' }
		});
		expect(forged.status(), path).toBe(404);
	}
}

test('the one-time sign-in link works once; the session is a cookie, not the secret', async () => {
	// beforeAll followed the link already.
	const cookie = author.cookies.get('sourced_author')!;
	expect(cookie).toMatch(/^\d+\.[\w-]{43}$/);
	expect(cookie).not.toContain(SECRET);
	expect((await author.get('/author')).status).toBe(200);

	const again = new Visitor(app.base);
	const reused = await again.get(`/author/sign-in?secret=${encodeURIComponent(SECRET)}`);
	expect(reused.status).toBe(403);
	expect(await reused.text()).toContain('works once');
	expect((await again.form('/author/sign-in', { secret: SECRET })).status).toBe(403);
	expect(again.cookies.has('sourced_author')).toBe(false);

	const wrong = await new Visitor(app.base).get('/author/sign-in?secret=not-it');
	expect(wrong.status).toBe(403);

	const stranger = new Visitor(app.base);
	expect((await stranger.get('/author')).headers.get('location')).toBe('/author/sign-in');
	stranger.cookies.set('sourced_author', `${Math.floor(Date.now() / 1000)}.${'A'.repeat(43)}`);
	expect((await stranger.get('/author/topics/new')).status).toBe(303);
	const post = await stranger.form('/author/topics/new', { id: 'x' });
	expect(post.status).toBe(403);
});

test('a studio form posted from another site is refused even with the cookie', async () => {
	const forger = new Visitor(app.base, undefined, 'https://evil.example');
	forger.cookies.set('sourced_author', author.cookies.get('sourced_author')!);
	const posted = await forger.form('/author/topics/new', {
		id: 'forged',
		title: 'T',
		summary: 'S',
		language: 'en',
		audience: 'A'
	});
	expect(posted.status).toBe(403);
	expect(filesUnder(content)).not.toContain('forged/topic.yaml');
});

/** Posts a multipart form to an action as `use:enhance` would; status and Kit's JSON data. */
async function postMultipart(path: string, form: FormData) {
	const response = await fetch(`${app.base}${path}`, {
		method: 'POST',
		headers: {
			origin: app.base,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			cookie: `sourced_author=${author.cookies.get('sourced_author')}`
		},
		body: form
	});
	const json = (await response.json()) as { status?: number; data?: string; type: string };
	return { status: json.status ?? response.status, body: JSON.stringify(json) };
}

function upload(name: string, bytes: Uint8Array<ArrayBuffer> | string): FormData {
	const form = new FormData();
	form.set('file', new File([bytes], name));
	return form;
}

test('bad input gets a 4xx that says what to do, and nothing is written', async () => {
	const before = filesUnder(content);
	const topic = 'us-venezuela-2019-2025-studio-test';
	const created = await author.form('/author/topics/new', {
		id: topic,
		title: 'A topic for bad input',
		summary: 'S',
		language: 'en',
		audience: 'A'
	});
	expect(created.status).toBe(303);
	const withTopic = filesUnder(content);
	expect(withTopic).toEqual([...before, `${topic}/topic.yaml`].sort());

	const topicForm = (id: string) => ({
		id,
		title: 'T',
		summary: 'S',
		language: 'en',
		audience: 'A'
	});
	for (const [id, status, says] of [
		['a/b', 400, '“/”'],
		['..', 400, '“..”'],
		['../escape', 400, '“..”'],
		['Bad_Id', 400, 'lower-case letters'],
		['ünïcode', 400, 'lower-case letters'],
		[topic, 409, 'already exists'],
		['us-venezuela-2019-2025', 409, 'already exists']
	] as const) {
		const refused = await author.form('/author/topics/new', topicForm(id));
		expect(refused.status, id).toBe(status);
		expect(refused.data, id).toContain(says);
	}
	expect((await author.get('/author/topics/Bad_Id/sources/new')).status).toBe(400);
	expect((await author.get('/author/topics/no-such-topic/sources/new')).status).toBe(404);

	const read = `/author/topics/${topic}/sources/new?/read`;
	const big = await postMultipart(read, upload('big.txt', 'a'.repeat(2 * 1024 * 1024 + 10)));
	expect(big.status).toBe(413);
	expect(big.body).toContain('the limit is 2 MB');
	const binary = await postMultipart(
		read,
		upload('photo.txt', new Uint8Array([0x89, 0x50, 0, 1, 2]))
	);
	expect(binary.status).toBe(415);
	expect(binary.body).toContain('paste it below instead');
	const latin1 = await postMultipart(
		read,
		upload('old.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))
	);
	expect(latin1.status).toBe(415);
	const pdf = await postMultipart(read, upload('article.pdf', '%PDF-1.4'));
	expect(pdf.status).toBe(415);
	expect(pdf.body).toContain('.txt, .md or .html');
	const empty = await postMultipart(
		read,
		upload('index.html', '<html><body><nav>Home</nav><p>Log in to read.</p></body></html>')
	);
	expect(empty.status).toBe(422);
	expect(empty.body).toContain('No article was found');

	const review = {
		text: 'A line of the article.\nAnother line.',
		title: 'T',
		title_basis: 'stated',
		outlet_basis: 'stated',
		published_date: '2025-01-02',
		published_basis: 'stated',
		language: 'en',
		origin_kind: 'original',
		origin_notes: 'Notes.',
		reliability: 'high'
	};
	const save = `/author/topics/${topic}/sources/new?/save`;
	for (const id of ['../x', 'a/b', 'X']) {
		expect((await author.form(save, { ...review, id })).status, id).toBe(400);
	}
	const noHow = await author.form(save, { ...review, id: 'ok-id', published_basis: 'inferred' });
	expect(noHow.status).toBe(400);
	expect(noHow.data).toContain('inferred');
	const forgedLine = await postMultipart(
		save,
		Object.entries({ ...review, id: 'ok-id', remove: '7' }).reduce((f, [k, v]) => {
			f.append(k, v);
			return f;
		}, new FormData())
	);
	expect(forgedLine.status).toBe(400);
	expect(filesUnder(content)).toEqual(withTopic);
});

async function expectPhoneFit(page: Page) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
}

test('an author creates a topic and imports an HTML article with a boilerplate line removed', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`${app.base}/author/topics/new`);
	await expect(page).toHaveURL(`${app.base}/author/sign-in`);
	await expectAxeClean(page);
	await expectPhoneFit(page);
	await context.addCookies([
		{
			name: 'sourced_author',
			value: author.cookies.get('sourced_author')!,
			url: `${app.base}/author`,
			httpOnly: true,
			sameSite: 'Strict'
		}
	]);
	await page.goto(`${app.base}/author`);
	await expectAxeClean(page);
	await expectPhoneFit(page);
	await page.getByRole('link', { name: 'Create a topic' }).click();
	await expectAxeClean(page);
	await expectPhoneFit(page);
	// Keyboard only: type into each field and Tab on. The id follows the title until edited.
	await page.getByLabel('Title').focus();
	await page.keyboard.type('The harbour bridge');
	await expect(page.getByLabel('Id')).toHaveValue('the-harbour-bridge');
	await page.keyboard.press('Tab');
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('harbour-bridge');
	await page.keyboard.press('Tab');
	await page.keyboard.type('Why the bridge closed, what its repair cost and what happens next.');
	await page.getByLabel('Language').fill('en');
	await page.getByLabel('Audience').fill('Students aged 14 to 18');
	await page.getByLabel('Audience').press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The harbour bridge');
	await expectAxeClean(page);

	await page.getByRole('link', { name: 'Import a source' }).click();
	await expectAxeClean(page);
	await expectPhoneFit(page);
	await page.getByLabel(/A file/).setInputFiles('tests/fixtures/studio/article.html');
	await page.getByRole('button', { name: 'Read the text' }).click();

	const boilerplate = page.getByRole('checkbox', { name: 'Remove line 2: Share this article' });
	await expect(boilerplate).toBeChecked(); // suggested, and struck out
	await expect(page.locator('label[for="line-1"]')).toHaveCSS(
		'text-decoration-line',
		'line-through'
	);
	const firstLine = page.getByRole('checkbox', { name: /^Remove line 1: The harbour bridge/ });
	await expect(firstLine).not.toBeChecked();
	await page.getByRole('button', { name: 'List the lines to remove' }).click();
	const removed = page.getByRole('region', { name: 'Lines left out (1)' });
	await expect(removed).toContainText('Share this article');
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
		'Harbour bridge reopens after two years of repairs'
	);
	await expect(page.getByLabel('Outlet (optional)')).toHaveValue('The Coastal Courier');
	await expect(page.getByLabel('Published')).toHaveValue('2025-03-14');
	await expectAxeClean(page);
	await expectPhoneFit(page);
	await page.getByRole('textbox', { name: 'Id', exact: true }).fill('courier-2025-03-14');
	await page.getByLabel('Origin notes').fill('The Courier’s own report, saved from its web page.');
	await page.getByRole('button', { name: 'Save the source' }).click();
	await expect(page.getByRole('status')).toContainText('sources/courier-2025-03-14.md');

	const file = readFileSync(join(content, 'harbour-bridge/sources/courier-2025-03-14.md'), 'utf8');
	const body = file.slice(file.indexOf('\n---\n') + 5);
	expect(body).toContain('The harbour bridge reopened to traffic on Friday morning');
	expect(body).not.toContain('Share this article');
	expect(file).toContain(`hash: ${hashBody(body)}`);
	expect(file).toMatch(/published:\n {2}date: 2025-03-14\n {2}basis: stated\n/);
	expect(file).toContain('outlet: The Coastal Courier');
	// A draft (a save that would have broken validation) is listed on its topic with its errors.
	await keepDraft(join(dataDir, 'studio-drafts'), {
		topic: 'harbour-bridge',
		label: 'Import source broken-copy',
		changes: [],
		errors: [
			{
				file: 'questions/harbour-bridge/sources/broken-copy.md',
				line: 2,
				column: 8,
				rule: 'shape',
				message: 'title: title must not be empty',
				severity: 'error'
			}
		]
	});
	await page.reload();
	await page.getByText('Import source broken-copy (1 error)').click();
	await expect(
		page.getByText('questions/harbour-bridge/sources/broken-copy.md:2:8', { exact: true })
	).toBeVisible();
	const topicYaml = readFileSync(join(content, 'harbour-bridge/topic.yaml'), 'utf8');
	expect(topicYaml).toContain('audience: Students aged 14 to 18');

	const validate = spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/validate.ts', '--dir', content],
		{ encoding: 'utf8' }
	);
	expect(validate.status, validate.stdout + validate.stderr).toBe(0);

	// The running app serves the new topic and source without a restart.
	await page.goto(`${app.base}/topics/harbour-bridge/sources/courier-2025-03-14`);
	await expect(page.getByText(/The harbour bridge reopened to traffic/)).toBeVisible();
	await expect(page.getByText('Share this article')).toHaveCount(0);
	// Its paragraphs stay paragraphs (an import once stored them as one run-on paragraph).
	const first = page.locator('main p', { hasText: 'The harbour bridge reopened' });
	await expect(first).toHaveCount(1);
	await expect(first).not.toContainText('The city council said');
	// A topic of one article says so in the singular ("1 news articles" once).
	await page.goto(`${app.base}/topics/harbour-bridge`);
	await expect(page.locator('main')).toContainText('built from 1 news article,');
	await page.goto(`${app.base}/topics/harbour-bridge/sources`);
	await expect(page.locator('main')).toContainText('comes from this one article.');
	// With no questions yet it has nothing to play live: /teach neither offers nor picks it.
	await page.goto(`${app.base}/teach?topic=harbour-bridge`);
	const topicChoice = page.getByLabel('Topic', { exact: true });
	await expect(topicChoice.locator('option', { hasText: 'The harbour bridge' })).toHaveCount(0);
	await expect(topicChoice).not.toHaveValue('harbour-bridge');
});
