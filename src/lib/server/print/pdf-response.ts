/**
 * The PDF routes' one job: fetch the print page through the app (so the studio's gate and the
 * caller's cookies apply), render it, and send it as a download; 503 with a message when there
 * is no Chromium, and the print page's own status (404 for an unknown bank) when it fails.
 */
import { getLocale } from '../../paraglide/runtime.js';
import { m } from '../../paraglide/messages.js';
import { error } from '@sveltejs/kit';
import { inlineStyles, PdfUnavailable, renderPdf } from './pdf';

export async function pdfResponse(
	fetch: typeof globalThis.fetch,
	printPath: string,
	filename: string
): Promise<Response> {
	// The PDF is in the caller's interface language: Kit's fetch forwards their cookies (the
	// switch's choice), and this names the language they were served, which the print page's
	// request falls back to when there is no choice.
	const page = await fetch(printPath, {
		redirect: 'manual',
		headers: { 'accept-language': getLocale() }
	});
	if (page.status !== 200)
		error(
			page.status === 404 ? 404 : 403,
			page.status === 404 ? await page.text() : m.print_not_available()
		);
	try {
		const html = await inlineStyles(await page.text(), (p) => fetch(p));
		const pdf = await renderPdf(html);
		return new Response(pdf, {
			headers: {
				'content-type': 'application/pdf',
				'content-disposition': `attachment; filename="${filename}.pdf"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		if (e instanceof PdfUnavailable)
			return new Response(e.message, {
				status: 503,
				headers: { 'content-type': 'text/plain; charset=utf-8' }
			});
		throw e;
	}
}
