import { redirect } from '@sveltejs/kit';
import { namesNoSheet, sheetFor } from '$lib/server/print/route';

/**
 * The worksheet with its answer key. Teachers only: it lives under /author, which the studio's
 * gate closes to everyone without the author's session.
 */
export const csr = false;

export function load({ params, url }) {
	if (namesNoSheet(params.sheet)) redirect(303, `/author/topics/${params.topic}/export`);
	return {
		sheet: sheetFor(params.topic, params.sheet, url, true),
		pdfHref: `/author/topics/${params.topic}/pdf/${params.sheet}${url.search}`
	};
}
