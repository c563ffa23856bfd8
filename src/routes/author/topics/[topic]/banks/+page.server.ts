import { contentDir } from '$lib/server/studio/content-root';
import { bankIds, readBank } from '$lib/server/studio/questions/bank';
import { requireTopic } from '$lib/server/studio/topic-param';
import type { PageServerLoad } from './$types';

/** Every bank of the topic with its questions (id and stem), as on disk now. */
export const load: PageServerLoad = async ({ params, url }) => {
	const topic = requireTopic(params.topic);
	const root = contentDir();
	const banks = [];
	for (const id of bankIds(root, topic)) {
		const bank = await readBank(root, topic, id);
		if (!bank) continue;
		banks.push({
			id,
			title: bank.title,
			generated: id === 'generated',
			questions: bank.items.map((q) => {
				const item = (q ?? {}) as { id?: unknown; stem?: unknown };
				return { id: String(item.id ?? ''), stem: String(item.stem ?? '') };
			})
		});
	}
	return { topic, banks, deleted: url.searchParams.get('deleted') };
};
