/**
 * What a teacher's first trial of the studio ran into, on an instance of its own writing into a
 * temporary copy of the topic: forms that told one problem at a time in jargon, an id to type by
 * hand, the same article imported twice without a word, facts that could not be edited or
 * deleted, a rejection with no undo, and an empty topic whose public pages offered a quiz.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { readTree } from '../../src/lib/server/content/read-tree';
import type { App } from '../unit/classroom/support/app-process';
import { TOPIC } from '../unit/studio/temp-topic';
import { extraPort } from '../ports';
import { expectAxeClean } from './axe';
import { startStudio, type Studio } from './studio-app';

test.describe.configure({ mode: 'default' });

// A save validates the topic and reloads the app's content: seconds on a busy 2-core machine.
const SAVED = { timeout: 60_000 };
const SOURCE = 'amnesty-offer-2024-btn';
const READER = `/author/topics/${TOPIC}/sources/${SOURCE}`;
let app: App;
let content: string;
let signIn: Studio['signIn'];

test.beforeAll(async () => {
	test.setTimeout(120_000);
	({ app, content, signIn } = await startStudio(extraPort(71), 'sources'));
});

test.afterAll(async () => {
	await app?.stop();
});

const catalog = () => buildCatalog(readTree(join(content, TOPIC)), `questions/${TOPIC}`);

/** The Edit or Delete link of the made fact whose statement is `statement`. */
function factLink(page: Page, action: 'Edit' | 'Delete', statement: string) {
	return page
		.getByRole('region', { name: /^Facts from this source/ })
		.getByRole('listitem')
		.filter({ hasText: statement })
		.getByRole('link', { name: new RegExp(`^${action}\\b`) });
}

/** The summary's items, as "Label: message". */
async function summaryItems(page: Page): Promise<string[]> {
	return page.locator('#error-summary li').allTextContents();
}

test('the topic form names every problem beside its field; the id follows the title', async ({
	page
}) => {
	await signIn(page);
	await page.goto(`${app.base}/author/topics/new`);
	await page.getByLabel('Language').fill('English');
	await page.getByRole('button', { name: 'Create topic' }).click();
	const summary = page.locator('#error-summary');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('5 things to fix before saving');
	const items = await summaryItems(page);
	expect(items.map((i) => i.split(':')[0])).toEqual([
		'Title',
		'Id',
		'Summary',
		'Language',
		'Audience'
	]);
	await expect(page.getByLabel('Language')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Language')).toHaveAccessibleDescription(/en for English/);
	await expect(page.getByLabel('Title')).toHaveAccessibleDescription(/Write the topic’s title/);
	await expectAxeClean(page);
	// each summary item leads to its field
	await summary.getByRole('link', { name: 'Audience' }).click();
	await expect(page).toHaveURL(/#audience$/);

	await page.getByLabel('Title').fill('Harbour works 2026');
	await expect(page.getByLabel('Id')).toHaveValue('harbour-works-2026');
	await page.getByLabel('Summary').fill('What the harbour works change.');
	await page.getByLabel('Language').fill('en');
	await page.getByLabel('Audience').fill('Students aged 14 to 18');
	await page.getByRole('button', { name: 'Create topic' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour works 2026', SAVED);
	expect(new URL(page.url()).pathname).toBe('/author/topics/harbour-works-2026');
});

test('an empty topic’s public pages say what is missing and offer no quiz', async ({ page }) => {
	await signIn(page);
	await page.goto(`${app.base}/author/topics/new`);
	await page.getByLabel('Title').fill('Empty topic');
	// made from the title even when it was typed before the page's script ran (onMount)
	await expect(page.getByLabel('Id')).toHaveValue('empty-topic');
	await page.getByLabel('Summary').fill('Nothing in it yet.');
	await page.getByLabel('Audience').fill('Anyone');
	await page.getByRole('button', { name: 'Create topic' }).click();
	await expect(page).toHaveURL(`${app.base}/author/topics/empty-topic`, SAVED);

	const main = page.locator('main');
	await page.goto(`${app.base}/topics/empty-topic`);
	await expect(main).toContainText('This topic has no questions yet');
	await expect(main.getByRole('link', { name: 'Quizzes' })).toHaveCount(0);
	await expect(main.getByRole('link', { name: 'Run a live class session' })).toHaveCount(0);
	await expect(
		main.getByRole('link', { name: 'Write its questions in the studio' })
	).toHaveAttribute('href', '/author/topics/empty-topic/banks');
	await page.goto(`${app.base}/topics/empty-topic/quiz`);
	await expect(main).toContainText('This topic has no questions yet');
	await expect(main.getByRole('button')).toHaveCount(0);
	await page.goto(`${app.base}/topics/empty-topic/timeline`);
	await expect(main).toContainText('No dated facts yet');
	await expect(main.getByRole('button')).toHaveCount(0);
	await page.goto(`${app.base}/topics/empty-topic/who`);
	await expect(main).toContainText('No people, organisations or places yet');
	await expect(main.getByRole('button')).toHaveCount(0);
	await page.goto(`${app.base}/topics/empty-topic/sources`);
	await expect(main).toContainText('This topic has no articles yet.');
	await expectAxeClean(page);
});

test('the source details name every problem at once; the same article again is warned about', async ({
	page
}) => {
	test.setTimeout(180_000);
	await signIn(page);
	const upload = async () => {
		await page.goto(`${app.base}/author/topics/${TOPIC}/sources/new`);
		await page.getByLabel(/A file/).setInputFiles('tests/fixtures/studio/article.html');
		await page.getByRole('button', { name: 'Read the text' }).click();
		await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
	};
	await upload();
	await expect(page.locator('#duplicate-note')).toHaveCount(0);
	await page.getByLabel('Title', { exact: true }).fill('');
	await page.getByLabel('Published').fill('14/03/2025');
	await page.getByLabel('Language').fill('English');
	await page.getByRole('button', { name: 'Save the source' }).click();
	const summary = page.locator('#error-summary');
	await expect(summary).toBeFocused(SAVED);
	const items = await summaryItems(page);
	expect(items.map((i) => i.split(':')[0])).toEqual([
		'Title',
		'Published',
		'Language',
		'Origin notes'
	]);
	expect(items.join(' ')).not.toMatch(/YYYY|published_date|origin_notes|two-letter code such as/);
	const published = page.getByLabel('Published');
	await expect(published).toHaveAttribute('aria-invalid', 'true');
	await expect(published).toHaveAccessibleDescription(/“14\/03\/2025” is not a date/);
	await expect(page.getByLabel('Outlet (optional)')).not.toHaveAttribute('aria-invalid');
	await expectAxeClean(page);

	await page.getByLabel('Title', { exact: true }).fill('Harbour bridge reopens');
	await page.getByRole('textbox', { name: 'Id', exact: true }).fill('courier-first');
	await published.fill('2025-03-14');
	await page.getByLabel('Language').fill('en');
	await page.getByLabel('Origin notes').fill('The Courier’s own report.');
	await page.getByRole('button', { name: 'Save the source' }).click();
	await expect(page.getByRole('status')).toContainText('sources/courier-first.md', SAVED);

	// The same page again: said at once, with a link to the source the topic has.
	await upload();
	const note = page.locator('#duplicate-note');
	await expect(note).toContainText('This topic already has this article');
	await expect(page.getByRole('link', { name: /^Open “/ })).toHaveAttribute(
		'href',
		`/author/topics/${TOPIC}/sources/courier-first`
	);
	await page.getByRole('textbox', { name: 'Id', exact: true }).fill('courier-second');
	await page.getByLabel('Origin notes').fill('A second copy.');
	await page.getByRole('button', { name: 'Save the source' }).click();
	await expect(page.locator('#form-error')).toContainText('already has this article', SAVED);
	const second = join(content, TOPIC, 'sources', 'courier-second.md');
	expect(existsSync(second)).toBe(false);
	// The author may still go on, deliberately.
	await page.getByLabel(/Store it anyway/).check();
	await page.getByRole('button', { name: 'Save the source' }).click();
	await expect(page.getByRole('status')).toContainText('sources/courier-second.md', SAVED);
	expect(existsSync(second)).toBe(true);
});

test('a fact is edited; a cited fact is not deleted and says what cites it', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page);
	const { catalog: before } = catalog();
	const cited = before.facts.find(
		(f) =>
			f.evidence?.some((e) => e.source === SOURCE) &&
			before.questions.some((q) => q.supports.includes(f.id))
	)!;
	const question = before.questions.find((q) => q.supports.includes(cited.id))!;
	await page.goto(`${app.base}${READER}`);
	await factLink(page, 'Delete', cited.statement).click();
	const confirm = page.locator('#delete-fact');
	await expect(confirm).toContainText(`the question “${question.stem}”`);
	await expect(confirm.getByRole('button')).toHaveCount(0);

	await factLink(page, 'Edit', cited.statement).click();
	const statement = page.locator('#edit-statement');
	await expect(statement).toHaveValue(cited.statement);
	await expectAxeClean(page);
	await statement.fill('A statement the teacher rewrote.');
	await page.getByRole('button', { name: 'Save the changes' }).click();
	await expect(page.getByRole('status')).toHaveText(
		`Changes saved: “A statement the teacher rewrote.” (fact ${cited.id}).`,
		SAVED
	);
	const { catalog: after, errors } = catalog();
	expect(errors).toEqual([]);
	expect(after.factById.get(cited.id)!.statement).toBe('A statement the teacher rewrote.');
	expect(after.factById.get(cited.id)!.evidence).toEqual(cited.evidence);
});

test('a rejected suggestion comes back with Undo, or from the list of rejected ones', async ({
	page
}) => {
	await signIn(page);
	// The Washington Post's report: BTN's offers no suggestion since they must stand alone.
	await page.goto(`${app.base}/author/topics/${TOPIC}/sources/caracas-visit-2022-03`);
	const suggestions = page.getByRole('region', { name: /^Suggestions/ });
	const item = () =>
		suggestions.getByRole('listitem').filter({ hasText: 'broke off diplomatic relations in 2019' });
	await item()
		.getByRole('button', { name: /^Reject/ })
		.click();
	await expect(page.getByRole('status')).toHaveText(/Suggestion rejected/, SAVED);
	await expect(item()).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('status')).toHaveText(/Suggestion restored/, SAVED);
	await expect(item()).toHaveCount(1);

	await item()
		.getByRole('button', { name: /^Reject/ })
		.click();
	await expect(item()).toHaveCount(0, SAVED);
	await page.reload();
	await page.getByText(/^Rejected suggestions \(1\)/).click();
	await page.getByRole('button', { name: /^Restore/ }).click();
	await expect(page.getByRole('status')).toHaveText(/Suggestion restored/, SAVED);
	await expect(item()).toHaveCount(1);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('a topic’s id made from its title is shown before the topic is created', async ({
		page
	}) => {
		await signIn(page);
		await page.goto(`${app.base}/author/topics/new`);
		await page.getByLabel('Title').fill('Cycle lanes: the vote');
		await page.getByLabel('Summary').fill('How the council voted.');
		await page.getByLabel('Audience').fill('Anyone');
		await page.getByRole('button', { name: 'Create topic' }).click();
		await expect(page.getByRole('status')).toContainText('“cycle-lanes-the-vote”');
		await expect(page.getByLabel('Id')).toHaveValue('cycle-lanes-the-vote');
		expect(existsSync(join(content, 'cycle-lanes-the-vote'))).toBe(false);
		await page.getByLabel('Id').fill('cycle-lanes');
		await page.getByRole('button', { name: 'Create topic' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Cycle lanes: the vote',
			SAVED
		);
		expect(existsSync(join(content, 'cycle-lanes', 'topic.yaml'))).toBe(true);
	});

	test('a fact made from the sentence list is deleted after a confirmation', async ({ page }) => {
		test.setTimeout(120_000);
		await signIn(page);
		await page.goto(`${app.base}${READER}`);
		await page.getByRole('checkbox', { name: /^The stakes are high/ }).check();
		await page.getByLabel('Statement', { exact: true }).fill('The stakes are high, says BTN.');
		await page.getByLabel('Id', { exact: true }).fill('btn-stakes');
		await page.getByRole('checkbox', { name: /^Amnesty offers/ }).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status')).toContainText('(fact btn-stakes)', SAVED);
		const file = join(content, TOPIC, 'facts', `${SOURCE}.yaml`);
		// this source's facts are in other files: its own file holds only this one, and goes with it
		const ids = () =>
			existsSync(file)
				? (parse(readFileSync(file, 'utf8')).facts as { id: string }[]).map((f) => f.id)
				: [];
		expect(ids()).toContain('btn-stakes');

		await page.goto(`${app.base}${READER}`);
		await factLink(page, 'Delete', 'The stakes are high, says BTN.').click();
		await expect(page.locator('#delete-fact')).toContainText('Delete the fact');
		await page.getByRole('button', { name: 'Yes, delete the fact' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'Deleted: “The stakes are high, says BTN.” (fact btn-stakes).',
			SAVED
		);
		expect(ids()).toEqual([]);
		expect(catalog().errors).toEqual([]);
	});
	test('an entity’s key facts are ticked among the facts that name it', async ({ page }) => {
		await signIn(page);
		await page.goto(`${app.base}${READER}`);
		const keyFacts = page.getByRole('region', { name: 'Key facts of an entity' });
		await keyFacts.getByText('Nicolás Maduro (none yet)').click();
		const boxes = keyFacts.getByRole('group', { name: 'Key facts of Nicolás Maduro' });
		const first = boxes.getByRole('checkbox').first();
		const id = await first.getAttribute('value');
		await first.check();
		await keyFacts.getByRole('button', { name: 'Save the key facts of Nicolás Maduro' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'Key facts of entity nicolas-maduro saved.',
			SAVED
		);
		await expect(keyFacts.getByText('Nicolás Maduro (1)')).toBeAttached();
		expect(catalog().catalog.entityById.get('nicolas-maduro')!.facts).toEqual([id]);
	});

	test('a second quote goes to the chosen version of a contested fact', async ({ page }) => {
		await signIn(page);
		await page.goto(`${app.base}${READER}`);
		await page.getByRole('checkbox', { name: /^Amid these claims of electoral fraud/ }).check();
		await page.getByRole('radio', { name: 'A second quote for an existing fact' }).check();
		await page.getByLabel('Fact to add the quote to').selectOption('src-maduro-reward#1');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status')).toContainText('(fact src-maduro-reward)', SAVED);
		const [btn] = catalog().catalog.factById.get('src-maduro-reward')!.contested!.versions;
		expect(btn!.evidence.at(-1)).toEqual({
			source: SOURCE,
			quote: 'Amid these claims of electoral fraud, the pressure on Maduro has escalated.'
		});
	});
});

test.describe('in Spanish', () => {
	test.use({ locale: 'es-ES' });

	test('the import page and its problems are in Spanish', async ({ page }) => {
		await signIn(page);
		await page.goto(`${app.base}/author/topics/${TOPIC}/sources/new`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importar una fuente');
		await page.getByLabel('O pega el texto del artículo').fill('Una línea del artículo.');
		await page.getByRole('button', { name: 'Leer el texto' }).click();
		await page.getByRole('button', { name: 'Guardar la fuente' }).click();
		await expect(page.locator('#error-summary')).toContainText('cosas que corregir', SAVED);
		await expect(page.locator('#error-summary')).toContainText('Título');
	});
});
