/**
 * The question editor (issue 9), on an instance of its own writing into a temporary copy of the
 * topic: an author writes a question with a contradicted distractor, sees the reference error
 * appear next to the field as she types and go when she picks the right fact (its quote shown),
 * previews the draft in the student's question, saves it, and a student then takes it in a quiz.
 * A draft survives a reload; leaving with unsaved changes asks first; two tabs saving the same
 * bank get a conflict, never a silent overwrite; the form works without JavaScript; a question
 * is copied and deleted after a confirmation. Axe and 360 px on every new page.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { buildLibrary } from '../../src/lib/server/content/build-library';
import { evidenceOf } from '../../src/lib/server/content/catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import { publicIdOf } from '../../src/lib/server/quiz/public';
import type { App } from '../unit/classroom/support/app-process';
import { TOPIC } from '../unit/studio/temp-topic';
import { extraPort } from '../ports';
import { expectAxeClean } from './axe';
import { startStudio, type Studio } from './studio-app';

test.describe.configure({ mode: 'default' });

// A save validates the topic and reloads the app's content: seconds on a busy 2-core machine.
const SAVED = { timeout: 60_000 };
const BANKS = `/author/topics/${TOPIC}/banks`;
const EDITOR = `${BANKS}/detainees/questions`;
let app: App;
let content: string;
let signIn: Studio['signIn'];

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const studio = await startStudio(extraPort(41), 'questions');
	({ app, content, signIn } = studio);
});

test.afterAll(async () => {
	await app?.stop();
});

const bankFile = () => readFileSync(join(content, TOPIC, 'banks', 'detainees.yaml'), 'utf8');
const bankItems = () =>
	(parse(bankFile()) as { questions: { id: string; stem: string; options: unknown[] }[] })
		.questions;

async function noSidewaysScroll(page: Page) {
	await page.setViewportSize({ width: 360, height: 740 });
	await expect
		.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
		.toBe(true);
	await page.setViewportSize({ width: 1280, height: 800 });
}

/** Two facts of the topic with plain evidence, for the key and for a contradicted distractor. */
function twoFacts() {
	const { catalog } = buildCatalog(readTree(join(content, TOPIC)), 'x');
	const plain = catalog.facts.filter((f) => f.evidence && f.topics.includes('detainees'));
	return { key: plain[0]!, against: plain[1]! };
}

test('an author writes a question checked as she types, previews, saves it; a student takes it', async ({
	page
}) => {
	test.setTimeout(240_000);
	const { key, against } = twoFacts();
	await signIn(page);
	await page.goto(`${app.base}${BANKS}`);
	await expectAxeClean(page);
	await noSidewaysScroll(page);
	await page.getByRole('link', { name: /^New question in “Detained/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New question');

	await page.getByLabel('Id', { exact: true }).fill('det-q-written-in-browser');
	await page
		.getByLabel('Stem', { exact: true })
		.fill('According to the articles, which of these statements about detained Americans holds?');
	await page.getByLabel('Option A text').fill('The first statement');
	await page.getByLabel('Feedback for option A').fill('Right: the articles say so.');
	await page.getByLabel('Option B text').fill('A made-up statement');
	await page.getByLabel('Why option B is wrong').selectOption('contradicted');
	await page.getByLabel('Feedback for option B').fill('The articles say otherwise.');
	await page.getByLabel('Option C text').fill('Another made-up statement');
	await page.getByLabel('Why option C is wrong').selectOption('not-stated');
	await page.getByLabel('Feedback for option C').fill('No article says this.');
	await page.getByLabel('Add a supporting fact').fill(key.id);
	await page.getByRole('button', { name: 'Add this fact' }).click();
	await expect(page.getByRole('checkbox', { name: new RegExp(key.id) })).toBeChecked();
	await page.getByLabel('Explanation').fill('The articles state the first statement plainly.');
	await page.getByRole('checkbox', { name: 'Detained Americans' }).check();

	// A wrong fact id: the error appears next to the field, and the Save button counts it.
	const fact = page.getByLabel('Fact that contradicts option B');
	await fact.fill(`${against.id}-typo`);
	const factProblems = page.getByTestId('o1-fact-problems');
	await expect(factProblems).toContainText(`no fact has the id "${against.id}-typo"`);
	await expect(page.getByRole('button', { name: /^Save \(1 error left\)$/ })).toBeVisible();
	await expect(fact).toHaveAttribute('aria-invalid', 'true');
	await expectAxeClean(page);
	// Fixed: the error goes, the fact's quote shows, nothing is left to fix.
	await fact.fill(against.id);
	await expect(factProblems).toHaveCount(0);
	await expect(page.getByTestId('o1-quote')).toContainText(evidenceOf(against)[0]!.quote);
	await expect(page.getByText('No errors: ready to save.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
	await expectAxeClean(page);
	await noSidewaysScroll(page);
	expect(bankFile()).not.toContain('det-q-written-in-browser');

	// Preview: the student's question component, from the draft; answering shows the verdict.
	await page.getByRole('button', { name: 'Preview as a student' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preview: as a student sees it');
	await expect(page.getByRole('heading', { level: 2 }).first()).toContainText(
		'which of these statements about detained Americans holds?'
	);
	await expectAxeClean(page);
	await noSidewaysScroll(page);
	await page.getByText('The first statement').click();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toContainText('Correct.');
	await expect(page.getByText(evidenceOf(key)[0]!.quote).first()).toBeVisible();
	expect(bankFile()).not.toContain('det-q-written-in-browser');

	// Back in the editor the draft is there; saving writes it.
	await page.getByRole('link', { name: 'Back to the editor' }).click();
	await expect(page.getByLabel('Id', { exact: true })).toHaveValue('det-q-written-in-browser');
	await expect(page.getByText('No errors: ready to save.')).toBeVisible();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Saved det-q-written-in-browser', SAVED);
	const written = bankItems().find((q) => q.id === 'det-q-written-in-browser')!;
	expect(written.options[1]).toEqual({
		text: 'A made-up statement',
		why_wrong: 'contradicted',
		fact: against.id,
		feedback: 'The articles say otherwise.'
	});
	const all = Object.fromEntries(
		Object.entries(readTree(content)).map(([p, t]) => [p, t] as const)
	);
	expect(buildLibrary(all, 'q').errors).toEqual([]);

	// A student takes it in a quiz of the saved content.
	const start = await page.request.post(`${app.base}/topics/${TOPIC}/quiz?/start`, {
		form: { ids: publicIdOf('det-q-written-in-browser'), length: '1' },
		headers: { origin: app.base, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(start.status()).toBe(303);
	await page.goto(`${app.base}${start.headers()['location']}`);
	await expect(page.getByRole('heading', { level: 2 })).toContainText(
		'which of these statements about detained Americans holds?'
	);
	await page.getByText('A made-up statement').click();
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status')).toContainText('Not quite.');
	await expect(page.getByRole('status')).toContainText('The articles say otherwise.');
});

test('a draft survives a reload, and leaving with unsaved changes asks first', async ({ page }) => {
	test.setTimeout(120_000);
	const id = bankItems()[1]!.id;
	const stem = bankItems()[1]!.stem;
	await signIn(page);
	await page.goto(`${app.base}${EDITOR}/${id}`);
	await expect(page.getByLabel('Stem', { exact: true })).toHaveValue(stem);
	await page.getByLabel('Stem', { exact: true }).fill(`${stem} (typed, not saved)`);
	await expect(page.getByRole('status')).toContainText('Draft kept on the server');

	await page.reload();
	await expect(page.getByLabel('Stem', { exact: true })).toHaveValue(`${stem} (typed, not saved)`);
	await expect(page.getByText(/Your unsaved changes from .* were kept/)).toBeVisible();
	expect(bankFile()).not.toContain('(typed, not saved)');

	// Options move by keyboard; focus stays on the moved option's button.
	const firstText = await page.getByLabel('Option A text').inputValue();
	await page.getByRole('button', { name: 'Move A down' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Option B text')).toHaveValue(firstText);
	await expect(page.getByRole('button', { name: 'Move B down' })).toBeFocused();

	// Leaving asks first: the page cancels beforeunload while it has unsaved changes.
	const asks = () =>
		page.evaluate(() => {
			const event = new Event('beforeunload', { cancelable: true });
			dispatchEvent(event);
			return event.defaultPrevented;
		});
	expect(await asks()).toBe(true);
	await page.getByRole('button', { name: 'Discard them and open the saved question' }).click();
	await expect(page.getByLabel('Stem', { exact: true })).toHaveValue(stem);
	expect(await asks()).toBe(false);
});

test('two tabs saving the same bank: the second gets a conflict, nothing overwritten', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	const [a, b] = [bankItems()[2]!, bankItems()[3]!];
	await signIn(page);
	const other = await context.newPage();
	await page.goto(`${app.base}${EDITOR}/${a.id}`);
	await other.goto(`${app.base}${EDITOR}/${b.id}`);
	await expect(other.getByLabel('Stem', { exact: true })).toHaveValue(b.stem);

	await page.getByLabel('Stem', { exact: true }).fill(`${a.stem} Saved in tab one.`);
	await expect(page.getByText('No errors: ready to save.')).toBeVisible();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toContainText(`Saved ${a.id}`, SAVED);

	await other.getByLabel('Stem', { exact: true }).fill(`${b.stem} Saved in tab two.`);
	await expect(other.getByText('No errors: ready to save.')).toBeVisible();
	await other.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(other.getByRole('alert')).toContainText('changed and saved elsewhere', SAVED);
	await expect(other.getByRole('alert')).toContainText('Saved in tab one.');
	await expect(other.getByLabel('Stem', { exact: true })).toHaveValue(
		`${b.stem} Saved in tab two.`
	);
	const text = bankFile();
	expect(text).toContain('Saved in tab one.');
	expect(text).not.toContain('Saved in tab two.');
});

test('without JavaScript: options added, errors shown by their fields; copy and delete', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page);
	const q = bankItems()[4]!;
	await page.goto(`${app.base}${EDITOR}/${q.id}`);
	const count = q.options.length;
	if (count < 5) {
		await page.getByRole('button', { name: 'Add an option' }).click();
		await expect(page.getByLabel(/^Option [A-E] text$/)).toHaveCount(count + 1);
		await page.getByRole('button', { name: `Remove ${String.fromCharCode(65 + count)}` }).click();
		await expect(page.getByLabel(/^Option [A-E] text$/)).toHaveCount(count);
	}
	await page.getByLabel('Stem', { exact: true }).fill('');
	await page.getByRole('button', { name: /^Save/ }).click();
	await expect(page.getByRole('alert')).toContainText(/Not saved: \d+ errors? remains?/);
	await expect(page.getByTestId('stem-problems')).toContainText('stem must not be empty');
	expect(bankFile()).toContain(q.stem.slice(0, 40));

	// Copy, then delete the copy after a confirmation.
	await page.goto(`${app.base}${EDITOR}/${q.id}`);
	await page.getByRole('button', { name: 'Discard them and open the saved question' }).click();
	await page.getByRole('button', { name: 'Duplicate the saved question' }).click();
	await expect(page.getByRole('status')).toContainText(`Saved ${q.id}-copy`, SAVED);
	expect(bankItems().filter((x) => x.id === `${q.id}-copy`)).toHaveLength(1);
	await page.getByRole('link', { name: 'Delete this question…' }).click();
	await page.getByLabel('Yes, delete this question').check();
	await page.getByRole('button', { name: 'Delete for good' }).click();
	await expect(page.getByRole('status')).toContainText(`Question ${q.id}-copy deleted.`, SAVED);
	expect(bankItems().some((x) => x.id === `${q.id}-copy`)).toBe(false);
	await context.close();
});

test('forged editor requests get a 4xx and write nothing', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page);
	const before = bankFile();
	const id = bankItems()[0]!.id;
	const post = (path: string, form: Record<string, string>) =>
		page.request.post(`${app.base}${path}`, {
			form,
			headers: { origin: app.base, accept: 'text/html' },
			maxRedirects: 0
		});
	const forged = await post(`${EDITOR}/${id}/check`, { count: '40', id });
	expect(forged.status()).toBe(400);
	expect((await forged.json()).message).toContain('reload the editor');
	expect((await page.request.get(`${app.base}${BANKS}/Not_A_Bank/questions/new`)).status()).toBe(
		400
	);
	expect((await page.request.get(`${app.base}${BANKS}/no-such-bank/questions/new`)).status()).toBe(
		404
	);
	expect((await page.request.get(`${app.base}${EDITOR}/no-such-question`)).status()).toBe(404);
	const unconfirmed = await post(`${EDITOR}/${id}?/delete`, { version: 'x' });
	expect(unconfirmed.status()).toBe(400);
	const stale = await post(`${EDITOR}/${id}?/delete`, {
		version: 'sha256-' + '0'.repeat(64),
		confirm: 'yes'
	});
	expect(stale.status()).toBe(409);
	expect(bankFile()).toBe(before);
	// the confirmation itself, checked by axe (which needs JavaScript in the page)
	await page.goto(`${app.base}${EDITOR}/${id}?delete`);
	await expect(page.getByRole('button', { name: 'Delete for good' })).toBeVisible();
	await expectAxeClean(page);
});
