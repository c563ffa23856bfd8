import { redirect } from '@sveltejs/kit';
import { pdfResponse } from '$lib/server/print/pdf-response';
import { namesNoSheet } from '$lib/server/print/route';

/** The public worksheet (no key) as a PDF. */
export function GET({ fetch, params, url }) {
	if (namesNoSheet(params.sheet)) redirect(303, `/topics/${params.topic}/quiz`);
	const name = `${params.topic}-${params.sheet.replace(/\//g, '-')}-worksheet`;
	return pdfResponse(fetch, `/topics/${params.topic}/print/${params.sheet}${url.search}`, name);
}
