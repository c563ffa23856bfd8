import { pdfResponse } from '$lib/server/print/pdf-response';
import { leadToSheetList } from '$lib/server/print/route';

/** The public worksheet (no key) as a PDF. */
export function GET({ fetch, params, url }) {
	leadToSheetList(params.topic, params.sheet, false);
	const name = `${params.topic}-${params.sheet.replace(/\//g, '-')}-worksheet`;
	return pdfResponse(fetch, `/topics/${params.topic}/print/${params.sheet}${url.search}`, name);
}
