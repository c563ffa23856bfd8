import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { chooseSet, ExportChoiceError, exportSet, isFormatId } from '$lib/server/export';
import { exportTopic } from '$lib/server/print/route';
import { topicOr404 } from '$lib/server/topic';

/** The export file, as a download. Behind the studio's gate like every /author URL. */
export async function GET({ params, url }) {
	const entry = topicOr404(params.topic);
	const { catalog } = entry;
	const topic = exportTopic(entry);
	const format = url.searchParams.get('format') ?? '';
	if (!isFormatId(format)) error(400, m.studio_e_choose_format({ format: format.slice(0, 40) }));
	const bank = url.searchParams.get('bank') ?? undefined;
	const ids = url.searchParams
		.getAll('q')
		.flatMap((q) => q.split(','))
		.filter(Boolean);
	if (!bank && ids.length === 0) error(400, m.studio_e_choose_bank());
	try {
		const set = chooseSet(
			catalog,
			topic,
			ids.length > 0 ? { bank, questions: ids } : { bank: bank! }
		);
		const file = await exportSet(format, set, `${topic.id}-${bank ?? 'chosen'}`);
		if (file.leftOut.length === set.questions.length) error(400, m.studio_e_none_fit());
		return new Response(file.body, {
			headers: {
				'content-type': file.mime,
				'content-disposition': `attachment; filename="${file.filename}"`,
				'cache-control': 'private, no-store'
			}
		});
	} catch (e) {
		if (e instanceof ExportChoiceError) error(400, e.message);
		throw e;
	}
}
