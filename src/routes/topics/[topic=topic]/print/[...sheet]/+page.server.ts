import { leadToSheetList, sheetFor } from '$lib/server/print/route';

/** A worksheet without the answer key: public, like the quiz it comes from. No framework JavaScript. */
export const csr = false;

export function load({ params, url }) {
	leadToSheetList(params.topic, params.sheet, false);
	return {
		sheet: sheetFor(params.topic, params.sheet, url, false),
		pdfHref: `/topics/${params.topic}/pdf/${params.sheet}${url.search}`
	};
}
