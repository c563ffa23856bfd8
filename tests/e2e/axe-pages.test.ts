/**
 * Every content page type is axe-clean. One test per page, so a slow page (the sources page holds
 * every conflict) has its own time budget instead of sharing one with eight others.
 */
import { test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { catalog } from './catalog';

const critical = catalog.explainerById.get('reading-sources-critically')!;
const compare = critical.steps.find((s) => s.kind === 'compare')!;
const timeline = catalog.explainers
	.flatMap((x) => x.steps.map((s) => ({ x, s })))
	.find(({ s }) => s.kind === 'timeline')!;
const fact = catalog.facts.find((f) => f.evidence)!;

const pages: [name: string, url: string][] = [
	['home', '/'],
	[
		'explainer step',
		`/topics/us-venezuela-2019-2025/explainers/${critical.id}/${critical.steps[0]!.id}`
	],
	[
		'compare-the-sources step',
		`/topics/us-venezuela-2019-2025/explainers/${critical.id}/${compare.id}`
	],
	[
		'timeline step, presented',
		`/topics/us-venezuela-2019-2025/explainers/${timeline.x.id}/${timeline.s.id}?present`
	],
	['sources and conflicts', '/topics/us-venezuela-2019-2025/sources'],
	[
		'source with a highlighted quote',
		`/topics/us-venezuela-2019-2025/sources/${fact.evidence![0]!.source}?fact=${fact.id}`
	],
	['timeline', '/topics/us-venezuela-2019-2025/timeline'],
	["who's who", '/topics/us-venezuela-2019-2025/who'],
	['progress', '/progress']
];

for (const [name, url] of pages) {
	test(`${name} is axe-clean`, async ({ page }) => {
		await page.goto(url);
		await expectAxeClean(page);
	});
}
