/**
 * The studio's editors in Spanish (issue 12): an author whose browser asks for Spanish gets the
 * question editor and the explainer editor with Spanish labels, the live check's count and the
 * refused save's message in Spanish, and both pages stay axe-clean. The content itself (stems,
 * facts, the validator's own messages) keeps its language. On an instance of its own writing into
 * a temporary copy of the topic.
 */
import { expect, test } from '@playwright/test';
import type { App } from '../unit/classroom/support/app-process';
import { TOPIC } from '../unit/studio/temp-topic';
import { extraPort } from '../ports';
import { expectAxeClean } from './axe';
import { startStudio, type Studio } from './studio-app';

test.describe.configure({ mode: 'default' });
test.use({ locale: 'es-ES' });

// A check or a save validates the whole topic: seconds on a busy 2-core machine.
const SLOW = { timeout: 60_000 };
const STUDIO = `/author/topics/${TOPIC}`;
let app: App;
let signIn: Studio['signIn'];

test.beforeAll(async () => {
	test.setTimeout(120_000);
	({ app, signIn } = await startStudio(extraPort(61), 'spanish'));
});

test.afterAll(async () => {
	await app?.stop();
});

test('the question editor speaks Spanish: labels, the live check and a refused save', async ({
	page
}) => {
	test.setTimeout(180_000);
	await signIn(page);
	await page.goto(`${app.base}${STUDIO}/banks`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bancos de preguntas');
	await page.getByRole('link', { name: /^Nueva pregunta en «Detained/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nueva pregunta');
	await expect(page.getByLabel('Enunciado', { exact: true })).toBeVisible();
	await expect(page.getByLabel('Texto de la opción A')).toBeVisible();
	await expect(page.getByLabel('La opción A es la clave (la respuesta correcta)')).toBeChecked();
	await expect(page.getByLabel('Por qué la opción B es incorrecta')).toHaveValue('not-stated');
	await expect(page.getByLabel('Retroalimentación de la opción C')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Bajar la A' })).toBeVisible();
	await expect(page.getByRole('group', { name: /^Hechos de apoyo/ })).toBeVisible();
	await expect(page.getByLabel('Pista (opcional)')).toBeVisible();
	await expect(page.getByLabel('Dificultad')).toHaveValue('medium');
	await expect(page.getByRole('option', { name: 'Media' })).toBeAttached();

	// The live check: a change is kept on the server and counted, in Spanish.
	await page.getByLabel('Enunciado', { exact: true }).fill('¿Qué dicen los artículos?');
	await expect(page.getByRole('status')).toContainText(
		'Borrador guardado en el servidor a las',
		SLOW
	);
	await expect(page.locator('#errors-left')).toHaveText(/^Quedan \d+ errores\.$/, SLOW);
	await expect(
		page.getByRole('button', { name: /^Guardar \(quedan \d+ errores\)$/ })
	).toBeVisible();
	await expectAxeClean(page);

	// A save with errors left is refused, and says so in Spanish.
	await page.getByRole('button', { name: /^Guardar/ }).click();
	await expect(page.getByRole('alert')).toContainText(
		/No se ha guardado: quedan \d+ errores; cada uno se muestra junto a su campo\./,
		SLOW
	);
	await expect(page.getByLabel('Enunciado', { exact: true })).toHaveValue(
		'¿Qué dicen los artículos?'
	);
	await expectAxeClean(page);
});

test('the explainer editor speaks Spanish: labels, the live check and a refused save', async ({
	page
}) => {
	test.setTimeout(180_000);
	await signIn(page);
	const file = '01-recognition-dispute';
	await page.goto(`${app.base}${STUDIO}/explainers`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explicaciones');
	await page.goto(`${app.base}${STUDIO}/explainers/${file}`);
	await expect(page.locator('form[data-live=true]')).toBeVisible(SLOW);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Editar la explicación ${file}`);
	await expect(page.getByLabel('Título', { exact: true })).toBeVisible();
	await expect(page.getByRole('group', { name: /^Paso 1:/ })).toBeVisible();
	await expect(page.getByLabel('Título del paso').first()).toBeVisible();
	await expect(page.getByLabel('Tipo').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Quitar el paso 1', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Vista previa como estudiante' })).toBeVisible();

	// An emptied step title: the live check counts the error on the Save button, in Spanish.
	await page.locator('#step-0-title').fill('');
	await expect(page.getByTestId('save')).toHaveText('Guardar (queda 1 error)', SLOW);
	await expect(page.getByTestId('problems-step-0-title')).toContainText('Error:');
	await expectAxeClean(page);

	// Saved anyway: kept as a draft, and the refusal is in Spanish.
	await page.getByTestId('save').click();
	await expect(page.getByRole('alert')).toContainText(
		'No se ha guardado: este cambio rompería la validación',
		SLOW
	);
	await expectAxeClean(page);
});

test('the proposals and export pages speak Spanish, the export formats’ notices included', async ({
	page
}) => {
	test.setTimeout(120_000);
	await signIn(page);
	await page.goto(`${app.base}${STUDIO}/proposals`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Preguntas propuestas');
	await expect(page.getByRole('link', { name: 'Volver al tema' })).toBeVisible();
	await expectAxeClean(page);

	await page.goto(`${app.base}${STUDIO}/export`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exportar preguntas');
	await page.getByLabel('Banco de preguntas').selectOption('detainees');
	await page.getByLabel('Hoja de cálculo de Kahoot').check();
	await page
		.getByRole('button', { name: 'Mostrar qué conserva y qué pierde esta exportación' })
		.click();
	await expect(page.getByRole('heading', { level: 3, name: 'Conserva' })).toBeVisible();
	await expect(page.getByText('un límite de 30 segundos por pregunta')).toBeVisible();
	await expect(
		page.getByRole('button', { name: 'Descargar Hoja de cálculo de Kahoot' })
	).toBeVisible();
	await expectAxeClean(page);
});
