/**
 * Facts made by selecting words, on an instance of its own writing into a temporary copy of the
 * topic: three facts by selection (one through the keyboard sentence list, with a new tag that
 * the same save labels in topic.yaml), one by accepting a suggestion, an entity, a competing
 * version that makes a fact contested, a rejected suggestion; then the files hold the stored
 * text's own characters as quotes and the topic validates with zero errors. Forged selections
 * are refused with a 4xx and nothing written.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCatalog } from '../../src/lib/server/content/build-catalog';
import { buildLibrary } from '../../src/lib/server/content/build-library';
import { hashBody } from '../../src/lib/server/content/read-files';
import { readTree } from '../../src/lib/server/content/read-tree';
import type { App } from '../unit/classroom/support/app-process';
import { TOPIC } from '../unit/studio/temp-topic';
import { extraPort } from '../ports';
import { expectAxeClean } from './axe';
import { selectPassage, startStudio, type Studio } from './studio-app';

test.describe.configure({ mode: 'default' });

// A save validates the topic and reloads the app's content: seconds on a busy 2-core machine.
const SAVED = { timeout: 60_000 };
const SOURCE = 'amnesty-offer-2024-btn';
const PAGE = `/author/topics/${TOPIC}/sources/${SOURCE}`;
let app: App;
let content: string;
let data: string;
let signIn: Studio['signIn'];

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const studio = await startStudio(extraPort(31), 'facts');
	({ app, content, data, signIn } = studio);
});

test.afterAll(async () => {
	await app?.stop();
});

/** Selects `text` inside the reader view as a mouse drag would (a DOM Range over its words). */

function body(): string {
	const text = readFileSync(join(content, TOPIC, 'sources', `${SOURCE}.md`), 'utf8');
	return buildCatalog({ [`sources/${SOURCE}.md`]: text }, 'x').catalog.sourceById.get(SOURCE)!.text;
}

function factsFile(
	source = SOURCE
): { id: string; evidence: { source: string; quote: string }[] }[] {
	const file = join(content, TOPIC, 'facts', `${source}.yaml`);
	return existsSync(file) ? parse(readFileSync(file, 'utf8')).facts : [];
}

test('an author makes four facts by selection, sentence list and suggestion; the topic validates', async ({
	page
}) => {
	test.setTimeout(180_000);
	await signIn(page);
	await page.goto(`${app.base}${PAGE}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('BTN News');
	await expectAxeClean(page);

	// 1. by selecting words (a curly apostrophe in the passage is kept as stored)
	const reward = '$15 million reward for information leading to Maduro’s capture';
	await selectPassage(page, reward);
	await page
		.getByLabel('Statement', { exact: true })
		.fill('The US offers $15 million for information leading to Maduro’s capture.');
	await page.getByLabel('Id', { exact: true }).fill('btn-reward');
	await page.getByRole('checkbox', { name: /^Amnesty offers/ }).check();
	await page.getByLabel('Number', { exact: true }).fill('15000000');
	await page.getByLabel('Unit', { exact: true }).fill('US dollars');
	await page.getByLabel('Entity 1', { exact: true }).selectOption('nicolas-maduro');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Saved: “The US offers $15 million for information leading to Maduro’s capture.” (fact btn-reward).',
		SAVED
	);
	// keyboard and screen-reader users land on the confirmation, not at the top of the page
	await expect(page.getByRole('status')).toBeFocused();
	// the fact is listed under the source, and its sentence is no longer suggested
	await expect(page.getByRole('region', { name: /^Facts from this source/ })).toContainText(
		'The US offers $15 million'
	);

	// 2. by keyboard only: tick a sentence in the list, type, press Enter on Save
	const sentence = page.getByRole('checkbox', {
		name: /^The upcoming U\.S\. presidential election/
	});
	await sentence.focus();
	await page.keyboard.press('Space');
	await expect(sentence).toBeChecked();
	await page.getByLabel('Statement', { exact: true }).focus();
	await page.keyboard.type('A US presidential election is due in November 2024.');
	await page.getByRole('checkbox', { name: /^Amnesty offers/ }).focus();
	await page.keyboard.press('Space');
	// a new tag, labelled in topic.yaml by the same save
	await page.getByLabel('New tag (optional)', { exact: true }).focus();
	await page.keyboard.type('us-election');
	await page.getByLabel('Label of the new tag', { exact: true }).focus();
	await page.keyboard.type('The US election');
	await page.getByLabel('Date', { exact: true }).focus();
	await page.keyboard.type('2024-11');
	await page.getByRole('button', { name: 'Save', exact: true }).focus();
	await page.keyboard.press('Enter');
	// another fact of the topic quotes this sentence: saved only once the author says it is a
	// second claim (a double save would otherwise make a silent duplicate)
	await expect(page.locator('#form-error')).toContainText('already quotes this passage', SAVED);
	await expect(page.locator('#form-error')).toBeFocused();
	await page.getByRole('checkbox', { name: /This is a second claim/ }).focus();
	await page.keyboard.press('Space');
	await page.getByRole('button', { name: 'Save', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(
		/^Saved: “A US presidential election is due in November 2024\.” \(fact (?!btn-reward)[a-z0-9-]+\)\.$/,
		SAVED
	);
	const electionId = /\(fact ([a-z0-9-]+)\)\.$/.exec(
		(await page.getByRole('status').textContent())!
	)![1]!;

	// 3. by selection, with a role
	const rodriguez = 'Jorge Rodríguez, the president of the Venezuelan National Assembly';
	await selectPassage(page, rodriguez);
	await page
		.getByLabel('Statement', { exact: true })
		.fill('Jorge Rodríguez is the president of the Venezuelan National Assembly.');
	await page.getByLabel('Id', { exact: true }).fill('btn-rodriguez-assembly');
	await page.getByRole('checkbox', { name: /^Amnesty offers/ }).check();
	await page.getByLabel('Entity 1', { exact: true }).selectOption('jorge-rodriguez');
	await page
		.getByLabel('Role in this fact', { exact: true })
		.first()
		.fill('president of the Venezuelan National Assembly');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	// a fact of the topic quotes this passage already: the author confirms a second claim
	await expect(page.locator('#form-error')).toContainText('already quotes this passage', SAVED);
	await page.getByRole('checkbox', { name: /This is a second claim/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(/\(fact btn-rodriguez-assembly\)\.$/, SAVED);

	// an entity from the same view
	await page.getByLabel('Name', { exact: true }).fill('Republican Party');
	await page.getByLabel('Spellings in this source', { exact: true }).fill('Republican');
	await page.getByLabel('Kind', { exact: true }).selectOption('organisation');
	await page.getByLabel('Group', { exact: true }).fill('US politics');
	await page
		.getByLabel('Who they are', { exact: true })
		.fill('The US party whose candidate could change the approach towards Venezuela.');
	await page.getByRole('button', { name: 'Add entity' }).click();
	await expect(page.getByRole('status')).toHaveText('Entity republican-party added.', SAVED);

	// the files: four facts, each quote the stored body's own text
	const text = body();
	const facts = factsFile();
	expect(facts.map((f) => f.id)).toEqual(
		expect.arrayContaining(['btn-reward', 'btn-rodriguez-assembly', electionId])
	);
	expect(facts).toHaveLength(3);
	const quotes = facts.map((f) => f.evidence[0]!.quote);
	expect(quotes).toContain(reward);
	expect(quotes).toContain(rodriguez);
	expect(quotes).toContain(
		'The upcoming U.S. presidential election in November adds a layer of urgency to these negotiations.'
	);
	for (const q of quotes) expect(text).toContain(q);
	const { catalog, errors } = buildCatalog(readTree(join(content, TOPIC)), `questions/${TOPIC}`);
	expect(errors).toEqual([]);
	expect(buildLibrary(readTree(content)).errors).toEqual([]);
	expect(catalog.entityById.get('republican-party')!.aliases).toEqual([
		{ text: 'Republican', sources: [SOURCE] }
	]);
	const election = catalog.facts.find((f) => f.statement.startsWith('A US presidential'))!;
	expect(election.topics).toEqual(['amnesty', 'us-election']);
	expect(readFileSync(join(content, TOPIC, 'topic.yaml'), 'utf8')).toContain(
		'  us-election: The US election\n'
	);

	// 4. a competing version of a fact: its quote becomes the first version
	const results = 'no official results have been released weeks after the election';
	await selectPassage(page, results);
	await page.getByRole('radio', { name: /competing version/ }).check();
	await page.getByLabel('Fact to contest', { exact: true }).selectOption(electionId);
	await page
		.getByLabel('What this version says', { exact: true })
		.fill('Weeks after the election, no official results had been released.');
	await page.getByLabel('Kind of difference', { exact: true }).selectOption('disagreement');
	await page
		.getByLabel('Note for students', { exact: true })
		.fill('The council announced a winner, yet published no results to back it.');
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(
		new RegExp(`^Competing version added to “.+” \\(fact ${electionId}\\)\\.$`),
		SAVED
	);
	const contested = buildCatalog(
		readTree(join(content, TOPIC)),
		`questions/${TOPIC}`
	).catalog.factById.get(electionId)!;
	expect(contested.evidence).toBeUndefined();
	expect(contested.contested!.versions.map((v) => v.evidence[0]!.quote)).toEqual([
		catalog.factById.get(electionId)!.evidence![0]!.quote,
		results
	]);
	expect(buildLibrary(readTree(content)).errors).toEqual([]);

	// 5. by accepting a suggestion: the form comes filled in, nothing stored until Save. (The BTN
	// report offers none: its dated sentences lean on "these negotiations" or date another
	// event than their claim, so this is done on the Washington Post report.)
	const other = 'caracas-visit-2022-03';
	await page.goto(`${app.base}/author/topics/${TOPIC}/sources/${other}`);
	expect(factsFile(other)).toEqual([]);
	const suggestion = page
		.getByRole('region', { name: /^Suggestions/ })
		.getByRole('listitem')
		.filter({ hasText: 'broke off diplomatic relations in 2019' });
	await suggestion.getByRole('link', { name: 'Use this suggestion' }).click();
	await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2019');
	// the claim's first party named as a topic entity, not the outlet of the byline
	await expect(page.getByLabel('Entity 1', { exact: true })).toHaveValue('nicolas-maduro');
	expect(factsFile(other)).toEqual([]);
	await page.getByRole('checkbox', { name: /^Who is recognised as leader/ }).check();
	await page.getByLabel('Id', { exact: true }).fill('wp-relations-2019');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(/\(fact wp-relations-2019\)\.$/, SAVED);
	const accepted = buildCatalog(readTree(join(content, TOPIC)), `questions/${TOPIC}`).catalog;
	expect(factsFile(other).map((f) => f.id)).toEqual(['wp-relations-2019']);
	expect(accepted.factById.get('wp-relations-2019')!.date).toEqual({
		value: '2019',
		precision: 'year'
	});
	expect(accepted.sourceById.get(other)!.text).toContain(factsFile(other)[0]!.evidence[0]!.quote);
});

test('a refused save says why beside Save; a passage across paragraphs is refused at once, one already made held', async ({
	page
}) => {
	test.setTimeout(120_000);
	await signIn(page);
	await page.goto(`${app.base}${PAGE}`);
	// Across two paragraphs: said as soon as the selection is made.
	await page.getByTestId('reader').evaluate((reader) => {
		const [a, b] = reader.querySelectorAll('p');
		const range = document.createRange();
		range.setStart(a!.firstChild!, 5);
		range.setEnd(b!.firstChild!, 5);
		document.getSelection()!.removeAllRanges();
		document.getSelection()!.addRange(range);
	});
	await expect(page.getByText('A quote stays within one paragraph')).toBeVisible();
	await expect(page.getByTestId('selection-preview')).toHaveCount(0);

	// Save without a statement or a tag: the message is beside Save and takes the focus.
	await selectPassage(
		page,
		'Amid these claims of electoral fraud, the pressure on Maduro has escalated'
	);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const refusal = page.locator('#form-error');
	await expect(refusal).toBeFocused(SAVED);
	await expect(refusal).toContainText('Topic tags:');
	const below = async (a: string) => (await page.locator(a).boundingBox())!.y;
	expect(await below('#form-error')).toBeGreaterThan(await below('#person-0'));

	// A tag typed as it should be shown makes its id; the fact saves.
	await page
		.getByLabel('Statement', { exact: true })
		.fill('Pressure on Maduro grew amid claims of electoral fraud.');
	await page.getByLabel('New tag (optional)', { exact: true }).fill('Fraud claims');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(/^Saved: “Pressure on Maduro grew/, SAVED);
	expect(readFileSync(join(content, TOPIC, 'topic.yaml'), 'utf8')).toContain(
		'  fraud-claims: Fraud claims\n'
	);

	// The same passage again: refused, naming the fact that quotes it.
	await selectPassage(
		page,
		'Amid these claims of electoral fraud, the pressure on Maduro has escalated'
	);
	await page.getByLabel('Statement', { exact: true }).fill('A second fact from the same words.');
	await page.getByRole('checkbox', { name: /^Fraud claims/ }).check();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.locator('#form-error')).toContainText(
		'“Pressure on Maduro grew amid claims of electoral fraud.”',
		SAVED
	);
	await expect(page.locator('#form-error')).toContainText('already quotes this passage');
	expect(
		buildCatalog(readTree(join(content, TOPIC)), `questions/${TOPIC}`).catalog.facts.filter((f) =>
			f.evidence?.some((e) => e.quote.startsWith('Amid these claims of electoral fraud'))
		)
	).toHaveLength(1);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('every mode of the fact form works, and a refused entity keeps what was typed', async ({
		page
	}) => {
		await signIn(page);
		await page.goto(`${app.base}${PAGE}`);
		// All three modes' fields are in the page, each under its heading.
		for (const heading of ['For a new fact', 'For a second quote', 'For a competing version'])
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		// A second quote, from this source, for a fact quoted from another one.
		const target = buildCatalog(
			readTree(join(content, TOPIC)),
			`questions/${TOPIC}`
		).catalog.facts.find((f) => f.evidence && f.evidence.every((e) => e.source !== SOURCE))!.id;
		const sentence = page.getByRole('checkbox', { name: /^The stakes are high/ });
		await sentence.check();
		await page.getByRole('radio', { name: /second quote/ }).check();
		await page.getByLabel('Fact to add the quote to', { exact: true }).selectOption(target);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText(
			new RegExp(`^Quote added to “.+” \\(fact ${target}\\)\\.$`),
			SAVED
		);
		const fact = buildCatalog(
			readTree(join(content, TOPIC)),
			`questions/${TOPIC}`
		).catalog.factById.get(target)!;
		expect(fact.evidence!.map((e) => e.source)).toContain(SOURCE);

		// An entity that exists already is refused; the form keeps what the author typed.
		await page.getByLabel('Name', { exact: true }).fill('Nicolás Maduro');
		await page.getByLabel('Group', { exact: true }).fill('Venezuelan government');
		await page.getByLabel('Who they are', { exact: true }).fill('Typed before the refusal.');
		await page.getByRole('button', { name: 'Add entity' }).click();
		await expect(page.getByRole('alert')).toBeVisible(SAVED);
		await expect(page.getByLabel('Who they are', { exact: true })).toHaveValue(
			'Typed before the refusal.'
		);
	});
});

test('a rejected suggestion is remembered and not offered again', async ({ page }) => {
	await signIn(page);
	// the BTN report offers no suggestion (see above): the CNN report's "now overshadow" one
	const cnn = 'detainees-2022-08-cnn';
	await page.goto(`${app.base}/author/topics/${TOPIC}/sources/${cnn}`);
	const suggestions = page.getByRole('region', { name: /^Suggestions/ });
	const item = suggestions.getByRole('listitem').filter({ hasText: 'now overshadow' });
	await item.getByRole('button', { name: /^Reject/ }).click();
	await expect(page.getByRole('status')).toHaveText(/Suggestion rejected/, SAVED);
	await expect(item).toHaveCount(0);
	const stored = JSON.parse(readFileSync(join(data, 'studio-rejected', `${TOPIC}.json`), 'utf8'));
	expect(stored[cnn][0]).toContain('now overshadow');
	await page.reload();
	await expect(suggestions.getByRole('listitem').filter({ hasText: 'now overshadow' })).toHaveCount(
		0
	);
});

test('forged or stale selections get a 4xx and a message; nothing is written', async ({ page }) => {
	await signIn(page);
	const cookie = (await page.context().cookies()).find((c) => c.name === 'sourced_author')!;
	const folder = join(content, TOPIC, 'facts');
	const snapshot = () =>
		readdirSync(folder)
			.sort()
			.map((f) => readFileSync(join(folder, f), 'utf8'));
	const before = snapshot();
	const text = body();
	const hash = hashBody(text);
	const post = (form: Record<string, string>) =>
		fetch(`${app.base}${PAGE}?/make`, {
			method: 'POST',
			headers: {
				origin: app.base,
				cookie: `sourced_author=${cookie.value}`,
				'content-type': 'application/x-www-form-urlencoded',
				'x-sveltekit-action': 'true'
			},
			body: new URLSearchParams({ statement: 'S.', topics: 't', source: SOURCE, ...form })
		});
	const cases: [Record<string, string>, number, RegExp][] = [
		// offsets running past this source's text (a passage spanning into another source)
		[{ hash, start: String(text.length - 10), end: String(text.length + 40) }, 400, /not inside/],
		[{ hash, start: '0', end: String(text.indexOf('\n') + 20) }, 400, /one paragraph/],
		[{ hash: hashBody('old text'), start: '0', end: '20' }, 400, /changed since/],
		[{ hash, start: '0', end: '20', source: 'caracas-visit-2022-03' }, 400, /on this page/],
		[{ hash, start: 'x', end: '20' }, 400, /select the passage again/],
		[{ hash, sentence: '999' }, 400, /not in this source/]
	];
	for (const [form, status, message] of cases) {
		const response = await post(form);
		const json = await response.json();
		expect(json.status, JSON.stringify(form)).toBe(status);
		expect(JSON.stringify(json.data)).toMatch(message);
	}
	expect(snapshot()).toEqual(before);
});

test('the reader view fits 360 px and is axe-clean', async ({ page }) => {
	await signIn(page);
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(`${app.base}${PAGE}`);
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		view: document.documentElement.clientWidth
	}));
	expect(widths.page).toBeLessThanOrEqual(widths.view);
	await expectAxeClean(page);
});
