/**
 * A studio of its own for a browser test: the app started with the studio on (its own secret),
 * writing into temporary copies of the first topic (CONTENT_DIR) and of a data folder, so a test
 * never writes into the repository's questions/ and never meets another test's saves.
 */
import { expect, type Page } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from '../unit/classroom/support/app-process';
import { TOPIC, TOPIC_DIR } from '../unit/studio/temp-topic';
import { quoted } from '../../src/lib/text';

export interface Studio {
	app: App;
	/** The content folder the app reads and the studio writes (the topic is `<content>/<TOPIC>`). */
	content: string;
	/** The app's DATA_DIR (drafts, rejected suggestions, working copies). */
	data: string;
	/** Signs `page` in with the one-time link and waits for the studio's home. */
	signIn: (page: Page) => Promise<void>;
}

/**
 * @param port where the app listens (an `extraPort(n)` of the test's own)
 * @param name names the temporary folders, for a person looking at /tmp after a failure
 * @param prepare changes the topic copy before the app starts (e.g. removes the generated bank)
 */
export async function startStudio(
	port: number,
	name: string,
	prepare: (topicDir: string) => void = () => {}
): Promise<Studio> {
	const secret = `${name}-test-${Date.now()}-secret`;
	const content = mkdtempSync(join(tmpdir(), `${name}-content-`));
	const data = mkdtempSync(join(tmpdir(), `${name}-data-`));
	const topicDir = join(content, TOPIC);
	cpSync(TOPIC_DIR, topicDir, { recursive: true });
	if (!existsSync(join(topicDir, 'topic.yaml'))) {
		writeFileSync(
			join(topicDir, 'topic.yaml'),
			'title: US–Venezuela\nsummary: Test copy.\nlanguage: en\naudience: Test\n'
		);
	}
	prepare(topicDir);
	const app = await startApp(
		port,
		{ SOURCED_AUTHOR_SECRET: secret, CONTENT_DIR: content, DATA_DIR: data },
		[],
		{ entry: 'scripts/serve.js' }
	);
	const signIn = async (page: Page) => {
		await page.goto(`${app.base}/author/sign-in?secret=${encodeURIComponent(secret)}`);
		await expect(page).toHaveURL(`${app.base}/author`);
	};
	return { app, content, data, signIn };
}

/** Selects `quote` in the reader view as a mouse drag would: a DOM Range over its characters. */
export async function selectPassage(page: Page, quote: string) {
	await page.getByTestId('reader').evaluate((reader, wanted) => {
		for (const p of reader.querySelectorAll('p')) {
			const node = p.firstChild;
			const at = node?.textContent?.indexOf(wanted) ?? -1;
			if (!node || at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + wanted.length);
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
			return;
		}
		throw new Error(`not in the reader: ${wanted}`);
	}, quote);
	await expect(page.getByTestId('selection-preview')).toHaveText(quoted(quote));
}
