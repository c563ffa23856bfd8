import { redirect } from '@sveltejs/kit';
import { pdfResponse } from '$lib/server/print/pdf-response';
import { namesNoSheet } from '$lib/server/print/route';

/** The worksheet with its answer key as a PDF; behind the studio's gate like every /author URL. */
export function GET({ fetch, params, url }) {
	if (namesNoSheet(params.sheet)) redirect(303, `/author/topics/${params.topic}/export`);
	const name = `${params.topic}-${params.sheet.replace(/\//g, '-')}-answer-key`;
	return pdfResponse(
		fetch,
		`/author/topics/${params.topic}/print/${params.sheet}${url.search}`,
		name
	);
}
