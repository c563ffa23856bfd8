/**
 * The ozone topic made again through the studio's own pages, as a teacher would make it: an
 * end-to-end check of the studio on a whole topic (item 8 of issue 8: "a second topic, made
 * through the studio").
 *
 * It reads questions/ozone-layer/ only as the teacher's plan (which text to paste, which passage
 * to select for each fact, what to type), starts the built app with the studio on over an EMPTY
 * content folder holding only the first topic, and then, in Chromium, creates the topic, pastes
 * each source into the import page, adds the entities, makes every fact by selecting its passage
 * in the reader view (a DOM Range, as a mouse drag makes; the page's own selection handling turns
 * it into offsets), adds second quotes and competing versions, creates the banks, writes every
 * question in the question editor and every explainer in the explainer editor, clicking Save
 * each time. Nothing is written to the content folder except by the studio.
 *
 * Run: `npm run build` (once, after any change to src/), then
 *   node --import tsx scripts/studio-replay.ts [--out <folder>] [--port <n>]
 * It prints each stage with its time, what the studio could not do (gaps), copies the
 * studio-written topic to <folder>/ozone-layer (default: a temporary folder; pass
 * `--out questions` to replace the repository's copy; then run `npm run generate`, since the
 * generated bank is not the studio's to write), and lists what differs from the plan by meaning
 * (scripts/replay-compare.ts). Exit code 1 when a step failed. About 6 to 12 minutes on a busy
 * 2-core machine; the port is --port, REPLAY_PORT or 6521.
 */
import { chromium, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { selectPassage, startStudio } from '../tests/e2e/studio-app';
import { compareTopics, describe } from './replay-compare';

const TOPIC = 'ozone-layer';
const PLAN = join('questions', TOPIC);
const args = process.argv.slice(2);
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const OUT = option('--out') ?? mkdtempSync(join(tmpdir(), 'studio-replay-out-'));
const PORT = Number(option('--port') ?? process.env.REPLAY_PORT ?? 6521);
// A save validates the whole topic and reloads the app's content: seconds on a busy machine.
const SAVED = { timeout: 60_000 };

// ------------------------------------------------------------------ the plan (read-only)

type Evidence = { source: string; quote: string };
interface PlanFact {
	id: string;
	statement: string;
	topics: string[];
	evidence?: Evidence[];
	contested?: {
		kind: string;
		note: string;
		versions: { label: string; says: string; as_of?: string; evidence: Evidence[] }[];
	};
	people?: { entity: string; role?: string }[];
	date?: { value: string; event?: string };
	number?: { value: number; max?: number; unit: string; approximate?: boolean };
	places?: string[];
	about?: 'events' | 'sources';
	said_by?: string;
}
const yamlOf = (path: string) => parse(readFileSync(join(PLAN, path), 'utf8'));
const topicPlan = yamlOf('topic.yaml') as {
	title: string;
	summary: string;
	language: string;
	audience: string;
	tags: Record<string, string>;
};
const factFiles = readdirSync(join(PLAN, 'facts'))
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.slice(0, -5));
const facts = factFiles.flatMap((file) =>
	(yamlOf(`facts/${file}.yaml`).facts as PlanFact[]).map((fact) => ({ file, fact }))
);
const entities = yamlOf('entities.yaml').entities as {
	id: string;
	name: string;
	kind: string;
	group: string;
	summary: string;
	aliases: { text: string; sources: string[] }[];
	facts?: string[];
}[];
const sourceIds = readdirSync(join(PLAN, 'sources'))
	.filter((f) => f.endsWith('.md'))
	.map((f) => f.slice(0, -3));
const bankIds = readdirSync(join(PLAN, 'banks'))
	.filter((f) => f.endsWith('.yaml') && f !== 'generated.yaml')
	.map((f) => f.slice(0, -5));
const explainerFiles = readdirSync(join(PLAN, 'explainers'))
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.slice(0, -5));

/** A source file split into its front matter and its body, as the catalogue reads it. */
function sourcePlan(id: string) {
	const text = readFileSync(join(PLAN, 'sources', `${id}.md`), 'utf8');
	const end = text.indexOf('\n---\n', 4);
	return { meta: parse(text.slice(4, end)), body: text.slice(end + 5) };
}

// ------------------------------------------------------------------ the run

/** What the studio could not do, each said once. */
const gaps = new Set<string>();
const gap = (what: string) => gaps.add(what);
const times: [string, number][] = [];
async function stage(name: string, run: () => Promise<void>) {
	const t0 = Date.now();
	console.log(`… ${name}`);
	await run();
	const seconds = (Date.now() - t0) / 1000;
	times.push([name, seconds]);
	console.log(`✓ ${name}: ${seconds.toFixed(1)} s`);
}

async function openSource(page: Page, base: string, source: string) {
	const url = `${base}/author/topics/${TOPIC}/sources/${source}`;
	if (page.url() !== url) await page.goto(url);
	await expect(page.getByTestId('reader')).toBeVisible();
}

async function saveFact(page: Page, expected: RegExp) {
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	const status = page.locator('#status');
	const error = page.locator('#form-error');
	await expect(status.filter({ hasText: expected }).or(error)).toBeVisible(SAVED);
	if (await error.isVisible()) {
		const message = (await error.textContent()) ?? '';
		const same = page.getByRole('checkbox', { name: /This is a second claim/ });
		if (!message.includes('already quotes this passage') || !(await same.isVisible())) {
			throw new Error(`not saved: ${message}`);
		}
		await same.check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(status).toHaveText(expected, SAVED);
	}
}

interface PlanQuestion {
	id: string;
	stem: string;
	options: {
		text: string;
		correct?: boolean;
		why_wrong?: string;
		fact?: string;
		feedback: string;
	}[];
	supports: string[];
	about?: string;
	explanation: string;
	hint?: string;
	difficulty: string;
	bloom: string;
	topics: string[];
}
interface PlanBank {
	title: string;
	description?: string;
	questions: PlanQuestion[];
}
interface PlanExplainer {
	title: string;
	summary: string;
	topics: string[];
	steps: {
		id: string;
		kind: string;
		title: string;
		body: string;
		facts: string[];
		checkpoint?: string;
	}[];
}
const questionCount = () =>
	bankIds.reduce((n, b) => n + (yamlOf(`banks/${b}.yaml`) as PlanBank).questions.length, 0);

/** Fills the question editor with `q` and saves it. */
async function writeQuestion(page: Page, q: PlanQuestion) {
	await page.locator('#id').fill(q.id);
	await page.locator('#stem').fill(q.stem);
	while ((await page.locator('fieldset.option').count()) < q.options.length) {
		const before = await page.locator('fieldset.option').count();
		await page.getByRole('button', { name: 'Add an option' }).click();
		await expect(page.locator('fieldset.option')).toHaveCount(before + 1);
	}
	const key = q.options.findIndex((o) => o.correct);
	await page.locator(`#key-${key}`).check();
	for (const [i, o] of q.options.entries()) {
		await page.locator(`#o${i}-text`).fill(o.text);
		if (i !== key) {
			await page.locator(`#o${i}-why`).selectOption(o.why_wrong!);
			if (o.why_wrong === 'contradicted') await page.locator(`#o${i}-fact`).fill(o.fact!);
		}
		await page.locator(`#o${i}-feedback`).fill(o.feedback);
	}
	for (const id of q.supports) {
		await page.getByLabel('Add a supporting fact').fill(id);
		await page.getByRole('button', { name: 'Add this fact' }).click();
		await expect(page.locator(`input[name="supports"][value="${id}"]`)).toBeChecked();
	}
	await page.getByLabel('Explanation', { exact: true }).fill(q.explanation);
	await page.getByLabel('Hint (optional)').fill(q.hint ?? '');
	await page.getByLabel('Difficulty').selectOption(q.difficulty);
	await page.getByLabel('Bloom level').selectOption(q.bloom);
	await page.getByLabel('About', { exact: true }).selectOption(q.about ?? 'events');
	// the draft lists its tags in the order they are ticked
	for (const box of await page.locator('input[name="topics"]:checked').all()) await box.uncheck();
	for (const t of q.topics) await page.locator(`#tag-${t}`).check();
	await page.getByRole('button', { name: /^Save/ }).click();
	try {
		await expect(page).toHaveURL(new RegExp(`[?&]saved=${q.id}$`), SAVED);
	} catch {
		const refused = await page.locator('.error-box, [role="alert"]').allTextContents();
		throw new Error(`question ${q.id} not saved: ${refused.join(' ')}`);
	}
}

/** Writes explainer `file` (NN-slug) in a new explainer editor and saves it. */
async function writeExplainer(page: Page, base: string, file: string, x: PlanExplainer) {
	await page.goto(`${base}/author/topics/${TOPIC}/explainers`);
	await page.getByRole('link', { name: 'New explainer' }).click();
	await page.locator('#slug').fill(file.replace(/^\d+-/, ''));
	await page.locator('#title').fill(x.title);
	await page.locator('#summary').fill(x.summary);
	for (const t of x.topics) await page.locator(`#tag-${t}`).check();
	for (const [i, step] of x.steps.entries()) {
		if ((await page.locator(`#step-${i}-title`).count()) === 0) {
			await page.getByRole('button', { name: 'Add a step' }).click();
		}
		await page.locator(`#step-${i}-kind`).selectOption(step.kind);
		await page.locator(`#step-${i}-title`).fill(step.title);
		await page.locator(`#step-${i}-id`).fill(step.id);
		await page.locator(`#step-${i}-body`).fill(step.body);
		await page.locator('details.picker > summary').nth(i).click();
		for (const id of step.facts) await page.locator(`#step-${i}-fact-${id}`).check();
		await page.locator(`#step-${i}-checkpoint`).selectOption(step.checkpoint ?? '');
	}
	await page.getByTestId('save').click();
	await expect(page).toHaveURL(new RegExp(`/explainers/${file}\\?saved`), SAVED);
}

const studio = await startStudio(PORT, 'replay');
const { app, content } = studio;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('dialog', (d) => void d.accept());
const base = app.base;
let failed = false;
const t0 = Date.now();
try {
	await studio.signIn(page);

	await stage('create the topic', async () => {
		await page.goto(`${base}/author/topics/new`);
		await page.getByLabel('Id', { exact: true }).fill(TOPIC);
		await page.getByLabel('Title', { exact: true }).fill(topicPlan.title);
		await page.getByLabel('Summary', { exact: true }).fill(topicPlan.summary);
		await page.getByLabel('Language', { exact: true }).fill(topicPlan.language);
		await page.getByLabel('Audience', { exact: true }).fill(topicPlan.audience);
		await page.getByRole('button', { name: /create/i }).click();
		await expect(page).toHaveURL(`${base}/author/topics/${TOPIC}`, SAVED);
	});

	await stage(`import ${sourceIds.length} sources by pasting their text`, async () => {
		for (const id of sourceIds) {
			const { meta, body } = sourcePlan(id);
			await page.goto(`${base}/author/topics/${TOPIC}`);
			await page.getByRole('link', { name: 'Import a source' }).click();
			await page.getByLabel('Or paste the article’s text').fill(body);
			await page.getByRole('button', { name: 'Read the text' }).click();
			// every line is the article's: untick what the page guessed was furniture
			for (const box of await page.locator('input[name="remove"]:checked').all()) {
				await box.uncheck();
			}
			await page.getByLabel('Id', { exact: true }).fill(id);
			await page.getByLabel('Title', { exact: true }).fill(meta.title);
			await page.getByLabel('The title is').selectOption(meta.title_basis);
			await page.getByLabel('Short name (optional)').fill(meta.name ?? '');
			await page.getByLabel('Outlet (optional)').fill(meta.outlet ?? '');
			if (meta.outlet) await page.getByLabel('The outlet is').selectOption(meta.outlet_basis);
			await page.getByLabel('Published', { exact: true }).fill(String(meta.published.date));
			await page.getByLabel('The date is').selectOption(meta.published.basis);
			await page.getByLabel('How the date was inferred').fill(meta.published.how ?? '');
			await page.getByLabel('Language', { exact: true }).fill(meta.language);
			await page.getByLabel('The text is').selectOption(meta.origin.kind);
			await page.getByLabel(/second-hand/).setChecked(meta.origin.second_hand === true);
			await page.getByLabel('Origin notes').fill(meta.origin.notes);
			await page.getByLabel('Reliability').selectOption(meta.reliability);
			await page.getByRole('button', { name: 'Save the source' }).click();
			await expect(page.getByRole('status')).toContainText(`sources/${id}.md`, SAVED);
		}
	});

	await stage(`add ${entities.length} entities in the reader view`, async () => {
		for (const e of entities) {
			const source = e.aliases[0]!.sources[0]!;
			await openSource(page, base, source);
			const here = e.aliases.filter((a) => a.sources.includes(source)).map((a) => a.text);
			const form = page.getByRole('region', { name: 'New person or organisation' });
			const idField = form.getByLabel(/^Id/);
			if (await idField.count()) await idField.fill(e.id);
			else gap('The entity form has no Id field: the id is made from the name.');
			await form.getByLabel('Name', { exact: true }).fill(e.name);
			await form.getByLabel('Spellings in this source').fill(here.join('\n'));
			await form.getByLabel('Kind').selectOption(e.kind);
			await form.getByLabel('Group').fill(e.group);
			await form.getByLabel('Who they are').fill(e.summary);
			await form.getByRole('button', { name: 'Add entity' }).click();
			await expect(page.locator('#status')).toHaveText(`Entity ${e.id} added.`, SAVED);
		}
		// the names other sources use for entities made from another source's page
		for (const e of entities) {
			const first = e.aliases[0]!.sources[0]!;
			const others = [...new Set(e.aliases.flatMap((a) => a.sources))].filter((s) => s !== first);
			for (const source of others) {
				await openSource(page, base, source);
				const here = e.aliases.filter((a) => a.sources.includes(source)).map((a) => a.text);
				const form = page.getByRole('region', {
					name: 'Spellings of an entity already in the topic'
				});
				await form.getByLabel('Entity', { exact: true }).selectOption(e.id);
				await form.getByLabel('Its spellings in this source').fill(here.join('\n'));
				await form.getByRole('button', { name: 'Add spellings' }).click();
				await expect(page.locator('#status')).toHaveText(
					`Spellings added to entity ${e.id}.`,
					SAVED
				);
			}
		}
	});

	const seenTags = new Set<string>();
	const madeFacts: string[] = [];
	await stage(`make ${facts.length} facts by selecting their passages`, async () => {
		for (const { file, fact } of facts) {
			const first = fact.evidence?.[0] ?? fact.contested!.versions[0]!.evidence[0]!;
			await openSource(page, base, first.source);
			await selectPassage(page, first.quote);
			await page.locator('#mode-new').check();
			await page.getByLabel('Statement', { exact: true }).fill(fact.statement);
			await page.getByLabel('Id', { exact: true }).first().fill(fact.id);
			const fresh = fact.topics.filter((t) => !seenTags.has(t));
			if (fresh.length > 1) {
				gap(`A fact form takes one new tag at a time (fact ${fact.id} needs ${fresh.join(', ')}).`);
			}
			for (const t of fact.topics) {
				if (seenTags.has(t)) await page.locator(`#tag-${t}`).check();
			}
			if (fresh[0]) {
				await page.getByLabel('New tag (optional)').fill(fresh[0]);
				await page.getByLabel('Label of the new tag').fill(topicPlan.tags[fresh[0]]!);
			}
			await page.getByLabel('Facts file').fill(file);
			if (fact.date) {
				await page.getByLabel('Date', { exact: true }).fill(String(fact.date.value));
				await page.getByLabel('Event, for the timeline').fill(fact.date.event ?? '');
			}
			if (fact.number) {
				await page.getByLabel('Number', { exact: true }).fill(String(fact.number.value));
				if (fact.number.max !== undefined) {
					await page.getByLabel('Upper end of a range').fill(String(fact.number.max));
				}
				await page.getByLabel('Unit', { exact: true }).fill(fact.number.unit);
				await page.getByLabel(/^Approximate/).setChecked(fact.number.approximate === true);
			}
			const people = fact.people ?? [];
			for (const [i, p] of people.entries()) {
				const entity = page.getByLabel(`Entity ${i + 1}`, { exact: true });
				if (!(await entity.count())) {
					gap(`The fact form offers 3 people; fact ${fact.id} names ${people.length}.`);
					break;
				}
				await entity.selectOption(p.entity);
				await page.locator(`#role-${i}`).fill(p.role ?? '');
			}
			const placesField = page.getByLabel(/^Places/);
			if (fact.places?.length) {
				if (await placesField.count()) await placesField.fill(fact.places.join(', '));
				else gap(`The fact form has no field for a fact's places (${fact.id}: ${fact.places}).`);
			}
			await page.getByLabel('The fact is about').selectOption(fact.about ?? 'events');
			if (fact.said_by) gap(`The fact form has no "said by" field (${fact.id}).`);
			await saveFact(page, new RegExp(`^Saved: .*\\(fact ${fact.id}\\)\\.$`));
			fresh.slice(0, 1).forEach((t) => seenTags.add(t));
			madeFacts.push(fact.id);

			for (const more of (fact.evidence ?? []).slice(1)) {
				await openSource(page, base, more.source);
				await selectPassage(page, more.quote);
				await page.locator('#mode-add').check();
				await page.getByLabel('Fact to add the quote to').selectOption(fact.id);
				await saveFact(page, new RegExp(`^Quote added to .*\\(fact ${fact.id}\\)\\.$`));
			}
			if (fact.contested) {
				const [v1, ...others] = fact.contested.versions;
				for (const [n, v] of others.entries()) {
					await openSource(page, base, v.evidence[0]!.source);
					await selectPassage(page, v.evidence[0]!.quote);
					await page.locator('#mode-version').check();
					await page.getByLabel('Fact to contest').selectOption(fact.id);
					await page.getByLabel('What this version says').fill(v.says);
					await page.getByLabel('Label of this version').fill(v.label);
					await page.getByLabel('As of (optional)').fill(v.as_of ?? '');
					if (n === 0) {
						await page.getByLabel('Label of the first version').fill(v1!.label);
						await page.getByLabel('What the first version says').fill(v1!.says);
						await page.getByLabel(/^As of, for the first version/).fill(v1!.as_of ?? '');
						await page.getByLabel('Kind of difference').selectOption(fact.contested.kind);
						await page.getByLabel('Note for students').fill(fact.contested.note);
					}
					await saveFact(
						page,
						new RegExp(`^Competing version added to .*\\(fact ${fact.id}\\)\\.$`)
					);
				}
				// a version's further quotes: "A second quote", that version chosen in the list
				for (const [n, v] of fact.contested.versions.entries()) {
					for (const more of v.evidence.slice(1)) {
						await openSource(page, base, more.source);
						await selectPassage(page, more.quote);
						await page.locator('#mode-add').check();
						await page.getByLabel('Fact to add the quote to').selectOption(`${fact.id}#${n + 1}`);
						await saveFact(page, new RegExp(`^Quote added to .*\\(fact ${fact.id}\\)\\.$`));
					}
				}
			}
		}
	});

	const keyed = entities.filter((e) => e.facts?.length);
	await stage(`choose the key facts of ${keyed.length} entities`, async () => {
		for (const e of keyed) {
			await openSource(page, base, e.aliases[0]!.sources[0]!);
			const form = page
				.getByRole('region', { name: 'Key facts of an entity' })
				.locator('details', { has: page.locator(`input[name=entity][value="${e.id}"]`) });
			if (!(await form.evaluate((d: HTMLDetailsElement) => d.open))) {
				await form.locator('summary').click();
			}
			// facts it already has keep their order and new ones follow in the list's order, so a
			// key fact listed before the previous one in the list is ticked in a save of its own
			const listed = await form
				.locator('input[name=key_fact]')
				.evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
			const saves: string[][] = [];
			for (const f of e.facts!) {
				const last = saves.at(-1)?.at(-1);
				if (saves.length === 1 && listed.indexOf(f) > listed.indexOf(last!)) saves[0]!.push(f);
				else saves.push([f]);
			}
			const done: string[] = [];
			for (const batch of saves) {
				for (const f of batch) await form.locator(`input[value="${f}"]`).check();
				await form.getByRole('button', { name: `Save the key facts of ${e.name}` }).click();
				await expect(page.locator('#status')).toHaveText(
					`Key facts of entity ${e.id} saved.`,
					SAVED
				);
				// the same words after each save of one entity: the reloaded list says this one is done
				done.push(...batch);
				await expect(form.locator('input[name=was]')).toHaveValue(done.join(','), SAVED);
			}
		}
	});

	await stage(`write ${questionCount()} questions in the question editor`, async () => {
		for (const bankId of bankIds) {
			const bank = yamlOf(`banks/${bankId}.yaml`) as PlanBank;
			await page.goto(`${base}/author/topics/${TOPIC}/banks`);
			const create = page.getByRole('region', { name: 'New bank' });
			await create.getByLabel('Id', { exact: true }).fill(bankId);
			await create.getByLabel('Title', { exact: true }).fill(bank.title);
			await create.getByLabel('Description (optional)').fill(bank.description ?? '');
			await create.getByRole('button', { name: 'Create the bank' }).click();
			for (const [n, q] of bank.questions.entries()) {
				const url = `${base}/author/topics/${TOPIC}/banks/${bankId}/questions/new`;
				if (n > 0) await page.goto(url);
				await expect(page).toHaveURL(url);
				await writeQuestion(page, q);
			}
		}
	});

	await stage(`write ${explainerFiles.length} explainers in the explainer editor`, async () => {
		for (const file of explainerFiles) {
			await writeExplainer(page, base, file, yamlOf(`explainers/${file}.yaml`) as PlanExplainer);
		}
	});
} catch (error) {
	failed = true;
	console.error(error);
	await page.screenshot({ path: join(tmpdir(), 'studio-replay-failure.png'), fullPage: true });
	console.error(`Screenshot: ${join(tmpdir(), 'studio-replay-failure.png')}`);
} finally {
	await browser.close();
	await app.stop();
}

const out = join(OUT, TOPIC);
rmSync(out, { recursive: true, force: true });
cpSync(join(content, TOPIC), out, { recursive: true });
console.log(`\nThe studio-written topic: ${out}`);
for (const [name, seconds] of times) console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${name}`);
console.log(`  ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s  in all`);
console.log(`\nWhat the studio could not do (${gaps.size}):`);
for (const g of gaps) console.log(`- ${g}`);
// what the studio wrote differently from the plan, by meaning (formatting and key order aside)
const differences = describe(
	compareTopics(PLAN, out).filter((d) => d.file !== 'banks/generated.yaml'),
	PLAN
);
console.log(`\nDifferences from the plan (${differences.length}):`);
for (const line of differences) console.log(`- ${line}`);
process.exit(failed ? 1 : 0);
