/**
 * The Spanish interface: chosen from the browser's language (Accept-Language), or with the switch
 * in the site header, which is remembered and works without JavaScript. The content stays in its
 * own language (topic.yaml: en-GB), marked with `lang`.
 */
import { expect, test } from '@playwright/test';
import { expectAxeClean } from './axe';
import { createSession } from './classroom-helpers';

const TOPIC = '/topics/us-venezuela-2019-2025';
const BANK = 'Detained Americans and prisoner swaps';

test.describe('a browser that asks for Spanish', () => {
	test.use({ locale: 'es-ES' });

	test('takes a quiz in Spanish, with the questions marked as English', async ({ page }) => {
		await page.goto(`${TOPIC}/quiz`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1, name: 'Cuestionarios' })).toBeVisible();
		await expect(page.getByRole('heading', { name: BANK })).toHaveAttribute('lang', 'en-GB');
		await page
			.getByRole('button', { name: new RegExp(`Empezar 10 preguntas\\s*: ${BANK}`) })
			.click();
		await page.waitForURL(/\/quiz\/play\?t=/);

		await expect(page.getByText('Pregunta 1 de 10 · Puntuación hasta ahora: 0')).toBeVisible();
		await expect(page.locator('.stem')).toHaveAttribute('lang', 'en-GB');
		await expect(page.locator('label.option span[lang="en-GB"]').first()).toBeVisible();
		await expectAxeClean(page);

		await page.locator('input[name=choice]').first().check();
		await page.getByRole('button', { name: 'Comprobar respuesta' }).click();
		const status = page.getByRole('status');
		await expect(status).toContainText(/Correcto\.|No exactamente\./);
		await expect(status.locator('.feedback')).toHaveAttribute('lang', 'en-GB');
		// The quote keeps its source's language; the link to it is interface text.
		await expect(page.locator('.quotes blockquote').first()).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('link', { name: /^Ver en el artículo/ }).first()).toBeVisible();
		await expect(page.getByText('Por qué, y los comentarios de cada opción')).toBeVisible();
		await page.getByRole('link', { name: 'Siguiente pregunta' }).click();
		await expect(page.getByText(/^Pregunta 2 de 10 · Puntuación hasta ahora: [01]$/)).toBeVisible();
		await expectAxeClean(page);
	});

	test('a server message of a form action is Spanish too', async ({ page }) => {
		// No option chosen: the browser's own check is bypassed to reach the server's message.
		await page.goto(`${TOPIC}/quiz`);
		await page
			.getByRole('button', { name: new RegExp(`Empezar 10 preguntas\\s*: ${BANK}`) })
			.click();
		await page.waitForURL(/\/quiz\/play\?t=/);
		await page
			.locator('form')
			.last()
			.evaluate((form) => form.setAttribute('novalidate', ''));
		await page.getByRole('button', { name: 'Comprobar respuesta' }).click();
		await expect(page.getByRole('alert')).toHaveText('Elige primero una respuesta.');
	});

	test('dates and numbers follow the Spanish locale', async ({ page }) => {
		await page.goto(TOPIC);
		await expect(page.getByRole('heading', { level: 2, name: 'Explicaciones' })).toBeVisible();
		// "16 ago 2022" / "16 de agosto de 2022": Spanish month names from Intl, not English ones.
		const dates = await page.locator('.card time').allInnerTexts();
		expect(dates.length).toBeGreaterThan(0);
		for (const date of dates) expect(date).toMatch(/\d{4}/);
		expect(dates.join(' ')).toMatch(
			/ de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) /
		);
		expect(dates.join(' ')).not.toMatch(/January|February|March|April|May|June|July|August/);
	});

	test("the timeline's and who's who's filters count in Spanish as they apply", async ({
		page
	}) => {
		// The scripts take their words from the page (data- templates), not from English strings.
		await page.goto(`${TOPIC}/timeline`);
		await page.waitForLoadState('networkidle'); // /timeline.js
		await page.getByLabel('Tema').selectOption('detainees');
		await expect(page).toHaveURL(/\/timeline\?topic=detainees$/);
		await expect(page.getByRole('status')).toHaveText(/^\d+ hechos sobre «.+»\.$/);
		await page.goto(`${TOPIC}/who`);
		await page.waitForLoadState('networkidle'); // /who.js
		await page.getByLabel('Buscar un nombre, una grafía o un grupo').pressSequentially('carstens');
		await expect(page).toHaveURL(/\/who\?q=carstens$/);
		await expect(page.getByRole('status')).toHaveText(/^1 de \d+ coinciden con «carstens»\./);
	});
});

test('a student whose browser asks for Spanish joins a live session in Spanish', async ({
	browser
}) => {
	// The teacher's browser asks for English (Playwright's default); the student's for Spanish.
	test.setTimeout(180_000);
	const teacher = await createSession(browser, { count: '5' });
	const context = await browser.newContext({ locale: 'es-ES' });
	const student = await context.newPage();

	// A wrong code: the server's refusal is in Spanish.
	await student.goto('/join');
	await student.getByLabel('Código para unirse').fill('2222222');
	await student.getByLabel('Apodo').fill('Lucía');
	await student.getByRole('button', { name: 'Unirse' }).click();
	await expect(student.getByRole('alert')).toContainText(
		'No hay ninguna sesión en marcha con ese código'
	);

	await student.goto(`/join?code=${teacher.code}`);
	await expect(student.getByLabel('Código para unirse')).toHaveValue(teacher.code);
	await student.getByLabel('Apodo').fill('Lucía');
	await student.getByRole('button', { name: 'Unirse' }).click();
	await student.waitForURL(/\/play\//);
	await expect(student.getByRole('heading', { name: 'Esperando al profesor' })).toBeVisible();
	await expect(student.getByRole('status')).toHaveText(
		'Ya estás dentro. Espera a que tu profesor o profesora empiece.'
	);

	await teacher.page.getByRole('button', { name: 'Start with question 1' }).click();
	await expect(student.getByRole('heading', { name: 'Pregunta 1 de 5' })).toBeVisible();
	await expect(student.locator('legend.stem')).toHaveAttribute('lang', 'en-GB');
	await student.getByRole('radio').first().check();
	await student.getByRole('button', { name: 'Enviar respuesta' }).click();
	await expect(student.getByRole('status')).toHaveText(
		'Respuesta recibida. La solución se muestra cuando se revele.'
	);
	await expect(teacher.page.getByText('1 of 1 answered')).toBeVisible();

	await teacher.page.getByRole('button', { name: 'Reveal answers' }).click();
	await expect(
		student.getByRole('heading', { name: 'Pregunta 1 de 5: la solución' })
	).toBeVisible();
	await expect(student.locator('.reveal .verdict')).toHaveText(/Correcto\.|No exactamente\./);
	await expect(student.getByText('Respuesta correcta', { exact: true })).toBeVisible();
	await expect(student.locator('.reveal .stem')).toHaveAttribute('lang', 'en-GB');
	await expectAxeClean(student);
	await context.close();
	await teacher.context.close();
});

test('the switch works without JavaScript and is remembered across pages', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${TOPIC}/quiz`);
	// Playwright's browser asks for en-US: English is the default.
	await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
	await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
	// One button, for the other language, named in itself.
	await expect(page.getByRole('button', { name: 'English' })).toHaveCount(0);
	await expect(page.locator('.language-switch span[lang="es"]')).toHaveText('Español');
	await page.getByRole('button', { name: 'Español' }).click();
	// Back on the same page, now in Spanish.
	await expect(page).toHaveURL(new RegExp(`${TOPIC}/quiz$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1, name: 'Cuestionarios' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Español' })).toHaveCount(0);
	await expect(page.locator('.language-switch span[lang="en"]')).toHaveText('English');

	// Remembered on other pages, though the browser still asks for English.
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 2, name: 'Temas' })).toBeVisible();
	await page.goto('/join');
	await expect(page.getByRole('heading', { name: 'Unirse a una sesión en directo' })).toBeVisible();
	await page.goto('/progress');
	await expect(page.getByRole('heading', { level: 1, name: 'Tu progreso' })).toBeVisible();

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/progress$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 2, name: 'Topics' })).toBeVisible();
	await context.close();
});

test('the switch refuses a language it does not have, and never leaves the site', async ({
	request,
	baseURL
}) => {
	const headers = { origin: baseURL! };
	const bad = await request.post('/language', {
		form: { locale: 'fr', next: '/' },
		headers,
		maxRedirects: 0
	});
	expect(bad.status()).toBe(400);
	for (const next of ['//evil.example/', '/\\evil.example/', 'https://evil.example/']) {
		const res = await request.post('/language', {
			form: { locale: 'es', next },
			headers,
			maxRedirects: 0
		});
		expect(res.status()).toBe(303);
		expect(res.headers()['location']).toBe('/');
	}
});
