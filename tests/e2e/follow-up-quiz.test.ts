import { expect, test, type Page } from '@playwright/test';
import { publicIdOf } from '../../src/lib/server/quiz/public';
import { catalog } from './catalog';

const x = catalog.explainerById.get('detained-americans')!;
const checkpoints = x.steps.flatMap((s) => (s.checkpoint ? [s.checkpoint] : []));
const authorId = new Map(catalog.questions.map((q) => [publicIdOf(q.id), q.id]));

/** The quiz's questions, read from the attempt token in the URL (it carries public ids only). */
function questionsOf(page: Page): string[] {
	const token = new URL(page.url()).searchParams.get('t')!;
	const body = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8'));
	return (body.q as string[]).map((id) => authorId.get(id)!);
}

async function finish(page: Page, review: boolean) {
	await page.goto(`/topics/us-venezuela-2019-2025/explainers/${x.id}/${x.steps.at(-1)!.id}`);
	const box = page.getByLabel('Include the checkpoints I just answered');
	await expect(box).not.toBeChecked();
	if (review) await box.check();
	await page.getByRole('button', { name: 'Finished: take a quiz on this topic' }).click();
	await page.waitForURL(/\/quiz\/play\?t=/);
	await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
}

test('the quiz after an explainer leaves out the checkpoints just answered', async ({ page }) => {
	await finish(page, false);
	const asked = questionsOf(page);
	expect(asked.length).toBeGreaterThan(0);
	expect(asked.filter((id) => checkpoints.includes(id))).toEqual([]);
	// …and anything those checkpoints give away.
	const cued = asked.filter((id) => checkpoints.some((c) => catalog.cues.get(c)?.has(id)));
	expect(cued).toEqual([]);
});

test('asked to, the quiz after an explainer reviews its checkpoints', async ({ page }) => {
	await finish(page, true);
	const asked = questionsOf(page);
	for (const id of checkpoints)
		expect(
			asked.includes(id) || asked.some((o) => catalog.cues.get(id)?.has(o)),
			`${id} is asked`
		).toBe(true);
});
