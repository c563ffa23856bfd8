import { redirect } from '@sveltejs/kit';
import { namesNoSheet, sheetFor } from '$lib/server/print/route';

/** A worksheet without the answer key: public, like the quiz it comes from. No framework JavaScript. */
export const csr = false;

export function load({ params, url }) {
	// The quizzes page lists the banks whose sheets these are.
	if (namesNoSheet(params.sheet)) redirect(303, `/topics/${params.topic}/quiz`);
	return {
		sheet: sheetFor(params.topic, params.sheet, url, false),
		pdfHref: `/topics/${params.topic}/pdf/${params.sheet}${url.search}`
	};
}
