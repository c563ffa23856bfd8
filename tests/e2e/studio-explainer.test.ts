/**
 * The explainer editor and the generator's proposals, on an instance of their own writing into a
 * temporary copy of the topic (its generated bank removed, so the generator has proposals): an
 * author builds a 5-step explainer with a timeline step and a checkpoint in the browser, sees an
 * error appear next to its field and go, reorders a step by keyboard, previews the draft in the
 * student pages, saves, and the topic validates; a second tab's save is refused as a conflict;
 * unsaved changes survive a closed tab; proposals are accepted into a bank and dismissed.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildLibrary } from '../../src/lib/server/content/build-library';
import { readTree } from '../../src/lib/server/content/read-tree';
import type { App } from '../unit/classroom/support/app-process';
import { TOPIC } from '../unit/studio/temp-topic';
import { extraPort } from '../ports';
import { expectAxeClean } from './axe';
import { startStudio, type Studio } from './studio-app';

test.describe.configure({ mode: 'default' });

// A check or a save validates the whole topic: seconds on a busy 2-core machine.
const SLOW = { timeout: 60_000 };
const STUDIO = `/author/topics/${TOPIC}`;
let app: App;
let content: string;
let signIn: Studio['signIn'];

test.beforeAll(async () => {
	test.setTimeout(120_000);
	// Without the generated bank its questions become proposals the test can accept.
	const studio = await startStudio(extraPort(51), 'explainer', (dir) =>
		rmSync(join(dir, 'banks', 'generated.yaml'))
	);
	({ app, content, signIn } = studio);
});

test.afterAll(async () => {
	await app?.stop();
});

/** Opens an editor and waits until its script runs (checks as you type start then). */
async function openEditor(page: Page, file: string) {
	await page.goto(`${app.base}${STUDIO}/explainers/${file}`);
	await expect(page.locator('form[data-live=true]')).toBeVisible(SLOW);
}

async function noSidewaysScroll(page: Page) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
}

interface StepPlan {
	title: string;
	body: string;
	facts: string[];
	kind?: 'timeline' | 'compare';
	checkpoint?: string;
}

const STEPS: StepPlan[] = [
	{
		title: 'A rare visit',
		body: 'On Saturday 5 March 2022, US officials met Maduro in Caracas.\n\nIt was a rare visit.',
		facts: ['vis-visit-2022-03-05'],
		checkpoint: 'vis-q-visit-date'
	},
	{
		title: 'A shift in policy',
		body: 'The report called it a stunning shift in US policy.',
		facts: ['vis-stunning-shift-ukraine']
	},
	{
		title: 'Who went',
		body: 'Roger Carstens and Juan Gonzalez were in the delegation.',
		facts: ['vis-delegation-carstens', 'vis-delegation-gonzalez']
	},
	{
		title: 'The days after',
		body: 'From the visit to what each side said about it.',
		facts: ['vis-visit-2022-03-05', 'vis-cabello-recognition', 'vis-blinken-democracy-detainees'],
		kind: 'timeline'
	},
	{
		title: 'No recognition',
		body: 'Cabello said the meeting was a kind of recognition.',
		facts: ['vis-cabello-recognition']
	}
];

async function fillStep(page: Page, i: number, plan: StepPlan, withFacts = true) {
	await page.locator(`#step-${i}-title`).fill(plan.title);
	await page.locator(`#step-${i}-body`).fill(plan.body);
	if (plan.kind) await page.locator(`#step-${i}-kind`).selectOption(plan.kind);
	if (plan.checkpoint) await page.locator(`#step-${i}-checkpoint`).selectOption(plan.checkpoint);
	if (!withFacts) return;
	await page.locator(`#step-${i} details > summary`).click();
	for (const id of plan.facts) await page.locator(`#step-${i}-fact-${id}`).check();
}

test('an author writes a 5-step explainer, sees an error come and go, previews it and saves it', async ({
	page
}) => {
	test.setTimeout(300_000);
	await signIn(page);
	await page.goto(`${app.base}${STUDIO}`);
	await page.getByRole('link', { name: 'Write and edit explainers' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explainers');
	await expectAxeClean(page);
	await page.getByRole('link', { name: 'New explainer' }).click();
	await expect(page.locator('form[data-live=true]')).toBeVisible(SLOW);
	await expectAxeClean(page);

	await page.getByLabel('Explainer id').fill('studio-made-visit');
	await page.locator('#title').fill('The visit, step by step');
	await page
		.getByLabel('Summary')
		.fill('Who went to Caracas in March 2022, and what was said after.');
	await page.locator('#tag-oil-and-sanctions').check();
	for (let i = 0; i < STEPS.length; i++) {
		if (i > 0) {
			await page.getByRole('button', { name: 'Add a step' }).click();
			await expect(page.locator(`#step-${i}-title`)).toBeFocused();
		}
		// The last step gets its facts only after its error has shown.
		await fillStep(page, i, STEPS[i]!, i < STEPS.length - 1);
	}

	// the error appears next to the step's facts, and the save button counts it
	const factsProblem = page.getByTestId('problems-step-4-facts');
	await expect(factsProblem).toContainText('must cite the facts', SLOW);
	await expect(page.getByTestId('save')).toContainText('1 error left', SLOW);
	await page.locator('#step-4 details > summary').click();
	await page.locator(`#step-4-fact-${STEPS[4]!.facts[0]}`).check();
	await expect(factsProblem.locator('li')).toHaveCount(0, SLOW);
	await expect(page.getByTestId('save')).toHaveText('Save', SLOW);
	await expect(page.getByRole('status').filter({ hasText: 'No errors.' })).toBeVisible(SLOW);

	// reorder by keyboard: the last step up and back down; focus follows the step
	await page.locator('#step-4-up').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#step-3 legend')).toHaveText(`Step 4: ${STEPS[4]!.title}`);
	await expect(page.locator('#step-3-up')).toBeFocused();
	await page.locator('#step-3-down').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#step-4 legend')).toHaveText(`Step 5: ${STEPS[4]!.title}`);
	await expect(page.locator('#step-4-up')).toBeFocused();

	await page.setViewportSize({ width: 360, height: 800 });
	await noSidewaysScroll(page);
	await page.setViewportSize({ width: 1280, height: 800 });

	// preview in the student pages, before saving
	await page.getByRole('button', { name: 'Preview as a student' }).click();
	await expect(page).toHaveURL(/\/explainers\/new\/preview\/a-rare-visit$/, SLOW);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(STEPS[0]!.title);
	await expect(page.getByText('Step 1 of 5')).toBeVisible();
	await expect(page.getByText('Checkpoint')).toBeVisible();
	await expectAxeClean(page);
	for (let i = 1; i <= 3; i++) await page.getByRole('link', { name: 'Next step' }).click();
	await expect(page).toHaveURL(/\/preview\/the-days-after$/);
	await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
	expect(readdirSync(join(content, TOPIC, 'explainers'))).not.toContain(
		'08-studio-made-visit.yaml'
	);

	await page.getByRole('link', { name: 'Back to the editor' }).click();
	await expect(page.locator('form[data-live=true]')).toBeVisible(SLOW);
	await expect(page.locator('#step-4-title')).toHaveValue(STEPS[4]!.title);
	await page.getByTestId('save').click();
	await expect(page).toHaveURL(/\/explainers\/08-studio-made-visit\?saved$/, SLOW);
	await expect(page.getByText('the app serves it now')).toBeVisible();

	// the files validate, and the app serves the new explainer without a restart
	const { errors } = buildLibrary(readTree(content), '');
	expect(errors).toEqual([]);
	const saved = parse(
		readFileSync(join(content, TOPIC, 'explainers', '08-studio-made-visit.yaml'), 'utf8')
	);
	expect(saved.steps.map((s: { id: string }) => s.id)).toEqual([
		'a-rare-visit',
		'a-shift-in-policy',
		'who-went',
		'the-days-after',
		'no-recognition'
	]);
	expect(saved.steps[3].kind).toBe('timeline');
	expect(saved.steps[0].checkpoint).toBe('vis-q-visit-date');
	expect(saved.steps[0].body).toBe(STEPS[0]!.body);
	await page.goto(`${app.base}/topics/${TOPIC}/explainers/studio-made-visit`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(STEPS[0]!.title);
});

test('a second tab’s save is refused as a conflict; unsaved changes survive a closed tab', async ({
	browser
}) => {
	test.setTimeout(240_000);
	const context = await browser.newContext();
	const [a, b] = [await context.newPage(), await context.newPage()];
	await signIn(a);
	const file = '03-detained-americans';
	await openEditor(a, file);
	await openEditor(b, file);
	await a.locator('#title').fill('Detained Americans, edited in tab A');
	await a.getByTestId('save').click();
	await expect(a).toHaveURL(/\?saved$/, SLOW);

	await b.locator('#title').fill('Detained Americans, edited in tab B');
	await b.getByTestId('save').click();
	await expect(b.getByRole('alert')).toContainText('changed on disk since you opened it', SLOW);
	await expectAxeClean(b);
	const text = readFileSync(join(content, TOPIC, 'explainers', `${file}.yaml`), 'utf8');
	expect(text).toContain('edited in tab A');
	expect(text).not.toContain('edited in tab B');

	// typing keeps a working copy; closing the tab warns first; reopening offers it back
	await openEditor(a, file);
	const kept = a.waitForResponse((r) => r.url().endsWith(`/${file}/check`) && r.ok(), SLOW);
	await a.locator('#summary').fill('A summary typed just before the tab was closed.');
	await kept;
	const dialog = a.waitForEvent('dialog');
	await a.close({ runBeforeUnload: true });
	expect((await dialog).type()).toBe('beforeunload');
	await (await dialog).accept();
	const c = await context.newPage();
	await openEditor(c, file);
	await expect(c.getByText('You have unsaved changes')).toBeVisible();
	await expectAxeClean(c);
	await c.getByRole('link', { name: 'Restore them' }).click();
	await expect(c.locator('#summary')).toHaveValue(
		'A summary typed just before the tab was closed.',
		SLOW
	);
	await context.close();
});

test('proposals: one accepted into a bank after an edit, one dismissed for good', async ({
	page
}) => {
	test.setTimeout(180_000);
	await signIn(page);
	await page.goto(`${app.base}${STUDIO}`);
	await page.getByRole('link', { name: 'Questions the generator proposes' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proposed questions');
	await expectAxeClean(page);
	await page.setViewportSize({ width: 360, height: 800 });
	await noSidewaysScroll(page);
	await page.setViewportSize({ width: 1280, height: 800 });

	const items = page.locator('.proposals > li');
	expect(await items.count()).toBeGreaterThanOrEqual(2);
	const first = items.first();
	const id = await first.locator('input[name=id]').inputValue();
	const bankPath = join(content, TOPIC, 'banks', 'detainees.yaml');
	const bankBefore = readFileSync(bankPath, 'utf8');
	const stem = 'Which person do the sources describe as a former Citgo executive?';
	await first.getByLabel('Stem').fill(stem);
	await first.getByLabel('Bank', { exact: true }).selectOption('detainees');
	await first.getByRole('button', { name: /^Accept/ }).click();
	await expect(page.getByRole('status')).toHaveText(`Accepted ${id} into detainees.`, SLOW);
	// (the generator may now propose another question: what is written shapes what it asks)
	await expect(page.locator(`input[name=id][value="${id}"]`)).toHaveCount(0);
	const bankAfter = readFileSync(bankPath, 'utf8');
	// appended: every line that was there is still there, byte for byte
	expect(bankAfter.startsWith(bankBefore)).toBe(true);
	const added = parse(bankAfter).questions.at(-1);
	expect(added).toMatchObject({ id, stem, origin: 'authored' });

	const second = items.first();
	const dismissed = await second.locator('input[name=id]').inputValue();
	await second.getByRole('button', { name: /^Dismiss/ }).click();
	await expect(page.getByRole('status')).toHaveText(
		`Dismissed ${dismissed}; it will not be proposed again.`
	);
	await expect(page.locator(`input[name=id][value="${dismissed}"]`)).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Proposed questions');
	await expect(page.locator(`input[name=id][value="${dismissed}"]`)).toHaveCount(0);
	await expect(page.locator(`input[name=id][value="${id}"]`)).toHaveCount(0);
	expect(buildLibrary(readTree(content), '').errors).toEqual([]);
});

test('without JavaScript the editor still reshapes steps and saves; forged posts get a 4xx', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page);
	const file = '01-recognition-dispute';
	const path = join(content, TOPIC, 'explainers', `${file}.yaml`);
	const before = parse(readFileSync(path, 'utf8'));
	await page.goto(`${app.base}${STUDIO}/explainers/${file}`);
	// a save that breaks validation is kept as a draft; the error shows next to its field
	await page.locator('#step-0-title').fill('');
	await page.getByTestId('save').click();
	await expect(page.getByRole('alert')).toContainText('kept as a draft', SLOW);
	await expect(page.getByTestId('problems-step-0-title')).toContainText('must not be empty');
	expect(parse(readFileSync(path, 'utf8'))).toEqual(before);
	await page.locator('#step-0-title').fill(before.steps[0].title);
	await page.getByRole('button', { name: 'Move down step 1', exact: true }).click();
	await expect(page.locator('#step-1 legend')).toHaveText(`Step 2: ${before.steps[0].title}`, SLOW);
	await page.getByRole('button', { name: 'Add a step' }).click();
	await expect(page.locator(`#step-${before.steps.length} legend`)).toHaveText(
		`Step ${before.steps.length + 1}`,
		SLOW
	);
	await page
		.getByRole('button', { name: `Remove step ${before.steps.length + 1}`, exact: true })
		.click();
	await expect(page.locator(`#step-${before.steps.length}`)).toHaveCount(0, SLOW);
	await page.getByTestId('save').click();
	await expect(page).toHaveURL(/\?saved$/, SLOW);
	const after = parse(readFileSync(path, 'utf8'));
	expect(after.steps.map((s: { id: string }) => s.id)).toEqual([
		before.steps[1].id,
		before.steps[0].id,
		...before.steps.slice(2).map((s: { id: string }) => s.id)
	]);
	expect(buildLibrary(readTree(content), '').errors).toEqual([]);

	// forged posts: a 4xx with a message, nothing written
	const text = readFileSync(path, 'utf8');
	const headers = { origin: app.base, accept: 'text/html' };
	const noVersion = await page.request.post(`${app.base}${STUDIO}/explainers/${file}?/save`, {
		form: { title: 'x', 'step-0-title': 'y' },
		headers
	});
	expect(noVersion.status()).toBe(400);
	expect(await noVersion.text()).toContain('version of the file you opened');
	const unknown = await page.request.post(`${app.base}${STUDIO}/proposals?/accept`, {
		form: { id: 'no-such-proposal', bank: 'detainees', stem: 'A stem?', 'option-0': 'A' },
		headers
	});
	expect(unknown.status()).toBe(404);
	expect(readFileSync(path, 'utf8')).toBe(text);
	await context.close();
});
