import { pdfResponse } from '$lib/server/print/pdf-response';

/** The public worksheet (no key) as a PDF. */
export function GET({ fetch, params, url }) {
	const name = `${params.topic}-${params.sheet.replace(/\//g, '-')}-worksheet`;
	return pdfResponse(fetch, `/topics/${params.topic}/print/${params.sheet}${url.search}`, name);
}
