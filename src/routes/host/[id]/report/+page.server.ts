import { hostSession } from '$lib/server/classroom/requests/host-guard';
import { sessionReport } from '$lib/server/classroom/views/report-data';
import { contentLanguage } from '$lib/server/topic';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, cookies }) => {
	const { c, session } = await hostSession(params.id, cookies);
	return {
		id: session.id,
		title: session.title,
		phase: session.phase,
		createdAt: session.created_at.toISOString(),
		total: session.question_ids.length,
		report: await sessionReport(c.db, session),
		lang: contentLanguage(session.topic_id)
	};
};
