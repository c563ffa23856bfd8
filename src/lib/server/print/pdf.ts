/**
 * A print page as PDF, rendered by Chromium's own print-to-PDF (the same engine as the browser's
 * print dialog, so the PDF has the page's print styles: a question never split across pages, the
 * answer key from a new page). Chromium is the one the browser tests use (CHROMIUM_PATH, default
 * /usr/bin/chromium); without it the route answers 503 and says so.
 *
 * The page is fetched through the app (the caller's `fetch`, so the same gate and cookies apply),
 * its stylesheets are inlined, and Chromium renders that HTML with no network at all. Renders run
 * one at a time: each Chromium takes a few hundred MB.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

export class PdfUnavailable extends Error {}

/** The page's HTML with each same-origin stylesheet link replaced by its CSS. */
export async function inlineStyles(
	html: string,
	fetchPath: (path: string) => Promise<Response>
): Promise<string> {
	const links = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
	let out = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
	for (const link of links) {
		const href = /href="([^"]+)"/.exec(link)?.[1];
		if (!href || !href.startsWith('/')) continue;
		const css = await (await fetchPath(href)).text();
		out = out.replace(link, () => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`);
	}
	return out;
}

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;
/** Renders waiting or running at most: beyond this a request is told to try again (503), not queued without end. */
export const MAX_PENDING = 4;

/** A4 PDF bytes of `html`. Throws PdfUnavailable when Chromium is not installed or too many renders wait. */
export function renderPdf(html: string): Promise<Uint8Array<ArrayBuffer>> {
	const path = chromiumPath();
	if (!existsSync(path))
		throw new PdfUnavailable(
			`PDFs need Chromium, which is not installed on this server (looked for ${path}; set CHROMIUM_PATH). Use your browser's Print command and "Save as PDF" instead.`
		);
	if (pending >= MAX_PENDING)
		throw new PdfUnavailable(
			"The server is making other PDFs right now. Try again in a minute, or use your browser's Print command."
		);
	pending++;
	const run = queue.then(async () => {
		const { chromium } = await import('playwright-core');
		const browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
		try {
			const page = await browser.newPage({ javaScriptEnabled: false });
			await page.route('**/*', (route) => route.abort());
			await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({
				format: 'A4',
				printBackground: true,
				margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }
			});
			return new Uint8Array(pdf);
		} finally {
			await browser.close();
		}
	});
	const done = run.finally(() => pending--);
	queue = done.catch(() => undefined);
	return done;
}
