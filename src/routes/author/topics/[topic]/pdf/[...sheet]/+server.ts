import { pdfResponse } from '$lib/server/print/pdf-response';
import { leadToSheetList } from '$lib/server/print/route';

/** The worksheet with its answer key as a PDF; behind the studio's gate like every /author URL. */
export function GET({ fetch, params, url }) {
	leadToSheetList(params.topic, params.sheet, true);
	const name = `${params.topic}-${params.sheet.replace(/\//g, '-')}-answer-key`;
	return pdfResponse(
		fetch,
		`/author/topics/${params.topic}/print/${params.sheet}${url.search}`,
		name
	);
}
