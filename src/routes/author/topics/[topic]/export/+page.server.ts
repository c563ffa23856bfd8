import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { FORMAT_IDS, FORMATS, isFormatId } from '$lib/server/export';
import { planExport } from '$lib/server/export/plan';
import { exportTopic } from '$lib/server/print/route';
import { topicOr404 } from '$lib/server/topic';

/**
 * Choose a bank and a format (a GET form, so it works without JavaScript), then read what the
 * format keeps and loses, untick questions, and download. Teachers only (under /author).
 */
export const csr = false;

export function load({ params, url }) {
	const entry = topicOr404(params.topic);
	const { catalog } = entry;
	const bank = url.searchParams.get('bank');
	const format = url.searchParams.get('format');
	const chosen = bank && format && isFormatId(format) ? planExport(catalog, bank, format) : null;
	if (bank && format && !chosen)
		error(
			404,
			isFormatId(format)
				? m.studio_q_no_bank({ bank })
				: m.studio_e_no_format({ format: format.slice(0, 40) })
		);
	return {
		topic: exportTopic(entry),
		banks: catalog.banks.map((b) => ({ id: b.id, title: b.title, count: b.questionIds.length })),
		formats: FORMAT_IDS.map((id) => FORMATS[id]),
		plan: chosen
	};
}
