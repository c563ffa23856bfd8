import { catalog } from '$lib/server/content';

export const prerender = true;

export function load() {
	const kinds = [
		['person', 'People'],
		['organisation', 'Organisations'],
		['country', 'Countries'],
		['place', 'Places']
	] as const;
	const title = (id: string) => catalog.sourceById.get(id)?.title ?? id;
	return {
		groups: kinds.map(([kind, heading]) => ({
			kind,
			heading,
			entities: catalog.entities
				.filter((e) => e.kind === kind)
				.sort((a, b) => a.name.localeCompare(b.name))
				.map((e) => ({
					id: e.id,
					name: e.name,
					summary: e.summary,
					aliases: e.aliases
						.filter((a) => a.text !== e.name)
						.map((a) => ({ text: a.text, sources: a.sources.map(title) }))
				}))
		}))
	};
}
