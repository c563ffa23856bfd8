/**
 * Every content page type of every topic is axe-clean (issue 8: both topics work everywhere). One
 * test per page, so a slow page (the sources page holds every conflict) has its own time budget
 * instead of sharing one with eight others. One page of each type per topic keeps the run short.
 */
import { test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { topics } from './catalog';

const pages: [name: string, url: string][] = [
	['home', '/'],
	['progress', '/progress']
];

for (const { id, catalog } of topics) {
	const base = `/topics/${id}`;
	const steps = catalog.explainers.flatMap((x) => x.steps.map((s) => ({ x, s })));
	const stepUrl = ({ x, s }: (typeof steps)[number]) => `${base}/explainers/${x.id}/${s.id}`;
	const compare = steps.find(({ s }) => s.kind === 'compare');
	const timeline = steps.find(({ s }) => s.kind === 'timeline');
	const fact = catalog.facts.find((f) => f.evidence)!;
	pages.push(
		[`${id}: topic page`, base],
		[`${id}: explainer step`, stepUrl(steps[0]!)],
		[`${id}: quiz setup`, `${base}/quiz`],
		[`${id}: sources and conflicts`, `${base}/sources`],
		[
			`${id}: source with a highlighted quote`,
			`${base}/sources/${fact.evidence![0]!.source}?fact=${fact.id}`
		],
		[`${id}: timeline`, `${base}/timeline`],
		[`${id}: who's who`, `${base}/who`]
	);
	if (compare) pages.push([`${id}: compare-the-sources step`, stepUrl(compare)]);
	if (timeline) pages.push([`${id}: timeline step, presented`, `${stepUrl(timeline)}?present`]);
}

for (const [name, url] of pages) {
	test(`${name} is axe-clean`, async ({ page }) => {
		await page.goto(url);
		await expectAxeClean(page);
	});
}
