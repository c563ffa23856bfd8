import { questionsCsv } from '$lib/server/classroom/views/csv';
import { hostSession } from '$lib/server/classroom/requests/host-guard';
import { sessionReport } from '$lib/server/classroom/views/report-data';
import type { RequestHandler } from './$types';

/** The legend of results.csv: Q1, Q2, … with their stems, options and keys. */
export const GET: RequestHandler = async ({ params, cookies }) => {
	const { c, session } = await hostSession(params.id, cookies);
	const report = await sessionReport(c.db, session);
	return new Response(questionsCsv(report), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="sourced-${session.code}-questions.csv"`
		}
	});
};
