/**
 * An address cut short, as a teacher or a student gets by deleting the end of one in the address
 * bar, leads to the page that lists what was cut off, never to a "not found".
 */
import { expect, test } from '@playwright/test';
import { catalog, TOPIC } from './catalog';
import { signIn } from './sign-in';

const bank = catalog.banks.find((b) => b.id !== 'generated')!;
const question = bank.questionIds[0]!;
const explainer = catalog.explainers[0]!;
const source = catalog.sources[0]!;

/** Every address above `url`, shortest last: /author/topics/x/y → /author/topics/x, … /author */
function cutShort(url: string): string[] {
	const parts = url.split('/');
	const out: string[] = [];
	for (let n = parts.length - 1; n > 1; n--) out.push(parts.slice(0, n).join('/'));
	return out;
}

test('every address cut short leads to a page, in the studio and out of it', async ({ page }) => {
	test.setTimeout(90_000);
	await signIn(page);
	const t = `/author/topics/${TOPIC}`;
	const full = [
		`${t}/banks/${bank.id}/questions/${question}/preview`,
		`${t}/explainers/${explainer.file
			.split('/')
			.pop()!
			.replace(/\.yaml$/, '')}/preview/${explainer.steps[0]!.id}`,
		`${t}/sources/${source.id}`,
		`${t}/print/bank/${bank.id}`,
		`${t}/pdf/bank/${bank.id}`,
		`/topics/${TOPIC}/explainers/${explainer.id}/${explainer.steps[0]!.id}`,
		`/topics/${TOPIC}/print/bank/${bank.id}`,
		`/topics/${TOPIC}/pdf/explainer/${explainer.id}`,
		'/play/ABCDEF',
		'/host/no-such-session'
	];
	const broken: string[] = [];
	// The sessions' own addresses need a live session; only what is above them is asked here.
	const addresses = full
		.flatMap((u) => (/^\/(play|host)\//.test(u) ? [] : [u]))
		.concat(full.flatMap(cutShort));
	for (const url of new Set(addresses)) {
		const response = await page.request.get(url);
		if (response.status() !== 200) broken.push(`${url} answers ${response.status()}`);
	}
	expect(broken).toEqual([]);
});

test('a bank that is not there is still a "not found" with its name, and a bad id a 400', async ({
	page
}) => {
	await signIn(page);
	const response = await page.goto(`/author/topics/${TOPIC}/banks/no-such-bank`);
	expect(response!.status()).toBe(404);
	await expect(page.getByText('no-such-bank')).toBeVisible();
	const bad = await page.request.get(`/author/topics/${TOPIC}/banks/Not_An_Id/questions`);
	expect(bad.status()).toBe(400);
});
