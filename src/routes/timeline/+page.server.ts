import { catalog } from '$lib/server/content';
import { factView } from '$lib/server/views/facts';

export const prerender = true;

export function load() {
	const dated = catalog.facts
		.filter((f) => f.date && !f.contested)
		.map((f) => factView(catalog, f.id))
		.sort((a, b) => a.sortKey!.localeCompare(b.sortKey!) || a.id.localeCompare(b.id));
	const years = [...new Set(dated.map((f) => f.sortKey!.slice(0, 4)))];
	return {
		years: years.map((year) => ({ year, facts: dated.filter((f) => f.sortKey!.startsWith(year)) }))
	};
}
