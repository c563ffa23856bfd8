/**
 * Server-side PDFs: a clear refusal without Chromium, a bounded queue (the extra request is told
 * to try again rather than queued without end), and the page's stylesheets inlined so Chromium
 * needs no network.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
	inlineStyles,
	MAX_PENDING,
	PdfUnavailable,
	renderPdf
} from '../../../src/lib/server/print/pdf';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
	if (saved === undefined) delete process.env.CHROMIUM_PATH;
	else process.env.CHROMIUM_PATH = saved;
});

describe('PDF rendering', () => {
	it('says Chromium is missing, and where it looked, when it is not installed', () => {
		process.env.CHROMIUM_PATH = '/nonexistent/chromium';
		expect(() => renderPdf('<p>x</p>')).toThrow(PdfUnavailable);
		expect(() => renderPdf('<p>x</p>')).toThrow(/\/nonexistent\/chromium.*CHROMIUM_PATH/);
	});

	it(`renders at most ${MAX_PENDING} at a time, and refuses one more with a message`, async () => {
		const runs = Array.from({ length: MAX_PENDING }, (_, i) => renderPdf(`<p>page ${i}</p>`));
		expect(() => renderPdf('<p>one too many</p>')).toThrow(/other PDFs right now/);
		const pdfs = await Promise.all(runs);
		for (const pdf of pdfs)
			expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
		// The queue drained: a new render is accepted again.
		const again = await renderPdf('<p>again</p>');
		expect(Buffer.from(again).subarray(0, 5).toString('latin1')).toBe('%PDF-');
	});

	it('inlines same-origin stylesheets and drops scripts', async () => {
		const html =
			'<head><link href="/_app/a.css" rel="stylesheet"><script>alert(1)</script></head><body>x</body>';
		const out = await inlineStyles(
			html,
			async (p) => new Response(p === '/_app/a.css' ? 'p{color:red}</style>' : '')
		);
		expect(out).toBe('<head><style>p{color:red}<\\/style></style></head><body>x</body>');
	});
});
