/**
 * Progress survives clocks and damage (issue 11): whatever the browser's log holds, /progress and
 * the home summary render and "Clear my progress" works; progress moves to another device by
 * file; dates are in the reader's locale.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createEmptyCard, fsrs, Rating } from 'ts-fsrs';
import { nextDue, replay } from '../../src/lib/progress/core';
import type { LogEntry } from '../../src/lib/progress/log';
import { publicIdOf } from '../../src/lib/server/quiz/public';
import { expectAxeClean } from './axe';
import { catalog } from './catalog';

const KEY = 'sourced:log:v1';
const [q1, q2, q3] = catalog.questions.map((q) => ({ ...q, publicId: publicIdOf(q.id) }));
const answer = (q: typeof q1, ok: boolean, at: number, att?: string): LogEntry => ({
	k: 'a',
	id: q!.publicId,
	ok,
	bank: q!.bank,
	topics: q!.topics,
	at,
	...(att ? { att } : {})
});

/** Puts `value` (any text at all) in this origin's log, then opens `path`. */
async function withStored(page: Page, value: string, path: string) {
	await page.goto('/topics/us-venezuela-2019-2025/quiz');
	await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);
	await page.goto(path);
}

async function clear(page: Page) {
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: 'Clear my progress' }).click();
	await expect(page.getByRole('status')).toHaveText('Your progress has been cleared.');
	expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
}

test('a log written by a clock that was ahead, then corrected, still shows progress', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const now = Date.now();
	// Clock a day ahead: a miss. Clock corrected: the retry is stamped a day earlier than the miss.
	const log = [
		answer(q1, false, now + 86_400_000),
		answer(q1, true, now - 60_000),
		answer(q2, false, now + 365 * 86_400_000)
	];
	await withStored(page, JSON.stringify(log), '/progress');
	await expect(page.getByRole('heading', { name: 'Mastery by topic' })).toBeVisible();
	await expect(page.getByText('2 questions answered.')).toBeVisible();
	// Entries logged before topics (no topic) are the first topic's, grouped under its title.
	await expect(
		page.getByRole('heading', { level: 3, name: 'US–Venezuela relations, 2019–2025' }).first()
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
	await expectAxeClean(page);
	await page.goto('/');
	await expect(page.getByRole('complementary', { name: 'Your progress' })).toContainText(
		'You have answered 2 questions.'
	);
	await page.goto('/progress');
	await clear(page);
	expect(errors).toEqual([]);
});

const damaged: [string, string][] = [
	['not JSON at all', '{"this is": not json'],
	['JSON but not a list', '{"k":"a"}'],
	[
		'a list of junk and unknown entries around one good one',
		JSON.stringify([null, 7, 'x', { k: 'z' }, { k: 'a', id: 5 }, answer(q3, false, Date.now())])
	]
];
for (const [what, value] of damaged) {
	test(`a damaged log (${what}): both pages render and Clear works`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await withStored(page, value, '/progress');
		await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
		await expect(page.getByText(/could not be read/)).toBeVisible();
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.goto('/progress');
		await clear(page);
		await expect(page.getByText(/could not be read/)).toHaveCount(0);
		expect(errors).toEqual([]);
	});
}

test('progress exported on one device imports on another, once', async ({ browser }) => {
	test.setTimeout(60_000);
	const now = Date.now();
	const phone = await browser.newPage();
	await withStored(
		phone,
		JSON.stringify([
			answer(q1, false, now - 3_600_000, 'a1'),
			answer(q2, true, now - 60_000, 'a1')
		]),
		'/progress'
	);
	await expect(phone.getByText('2 questions answered.')).toBeVisible();
	const downloading = phone.waitForEvent('download');
	await phone.getByRole('button', { name: 'Download my progress' }).click();
	const file = await (await downloading).path();
	expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'sourced-progress' });

	const laptop = await browser.newPage(); // a separate context: another device
	await withStored(laptop, JSON.stringify([answer(q3, false, now - 120_000, 'b1')]), '/progress');
	await expect(laptop.getByText('1 question answered.')).toBeVisible();
	const input = laptop.getByLabel('Import a progress file');
	await input.setInputFiles(file);
	await expect(laptop.getByRole('status')).toContainText('Imported 2 entries');
	await expect(laptop.getByText('3 questions answered.')).toBeVisible();
	await input.setInputFiles(file);
	await expect(laptop.getByRole('status')).toContainText('Imported 0 entries');
	await expect(laptop.getByRole('status')).toContainText('2 were already here');
	await expect(laptop.getByText('3 questions answered.')).toBeVisible();

	await input.setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"shopping": ["milk"]}')
	});
	await expect(laptop.getByRole('alert')).toContainText('not a Sourced progress file');
	await expect(laptop.getByText('3 questions answered.')).toBeVisible();
	await phone.context().close();
	await laptop.context().close();
});

// Dates follow the interface language, in the reader's own variant of it: an en-US browser gets
// US dates in the English interface, a German one (no German interface) British English ones, a
// Spanish one the Spanish interface with Spanish dates.
for (const [browserLocale, locale, label, inTen, date] of [
	['en-US', 'en-US', /Next review:/, 'in 10 minutes', { month: 'short' }],
	['de-DE', 'en-GB', /Next review:/, 'in 10 minutes', { month: 'short' }],
	['es-ES', 'es-ES', /Próximo repaso:/, 'dentro de 10 minutos', { month: 'short' }]
] as const) {
	test(`/progress gives the next review for a ${browserLocale} browser: "${inTen}" and a ${locale} date`, async ({
		browser
	}) => {
		const context = await browser.newContext({ locale: browserLocale, timezoneId: 'UTC' });
		const page = await context.newPage();
		const t = Date.parse('2026-03-02T09:00:00Z');
		// A miss, then right two minutes later: the next review is a learning step away.
		const log = [answer(q1, false, t), answer(q1, true, t + 120_000)];
		const scheduler = {
			fsrs: fsrs(),
			emptyCard: (d: Date) => createEmptyCard(d),
			again: Rating.Again,
			good: Rating.Good
		};
		const due = nextDue(replay(log, scheduler, t + 120_000))!;
		const clock = due.getTime() - 10 * 60_000;
		expect(clock).toBeGreaterThanOrEqual(t + 120_000);
		await page.clock.setFixedTime(clock);
		await withStored(page, JSON.stringify(log), '/progress');
		const expected = new Intl.DateTimeFormat(locale, {
			dateStyle: 'medium',
			timeStyle: 'short',
			timeZone: 'UTC'
		}).format(due);
		const text = page.getByText(label);
		await expect(text).toContainText(inTen);
		await expect(text).toContainText(expected);
		expect(expected).toContain(
			new Intl.DateTimeFormat(locale, { ...date, timeZone: 'UTC' }).format(due)
		);
		await context.close();
	});
}
