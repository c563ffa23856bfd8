import { itemsCsv } from '$lib/server/classroom/views/csv';
import { hostSession } from '$lib/server/classroom/requests/host-guard';
import { sessionReport } from '$lib/server/classroom/views/report-data';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, cookies }) => {
	const { c, session } = await hostSession(params.id, cookies);
	const report = await sessionReport(c.db, session);
	return new Response(itemsCsv(report), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="sourced-${session.code}-items.csv"`
		}
	});
};
