import { pdfResponse } from '$lib/server/print/pdf-response';

/** A finished attempt's sheet with its keys as a PDF (the print page refuses an unfinished one). */
export function GET({ fetch, url, params }) {
	return pdfResponse(
		fetch,
		`/topics/${params.topic}/quiz/result/print${url.search}`,
		`${params.topic}-quiz-answers`
	);
}
