import { leadToSheetList, sheetFor } from '$lib/server/print/route';

/**
 * The worksheet with its answer key. Teachers only: it lives under /author, which the studio's
 * gate closes to everyone without the author's session.
 */
export const csr = false;

export function load({ params, url }) {
	leadToSheetList(params.topic, params.sheet, true);
	return {
		sheet: sheetFor(params.topic, params.sheet, url, true),
		pdfHref: `/author/topics/${params.topic}/pdf/${params.sheet}${url.search}`
	};
}
