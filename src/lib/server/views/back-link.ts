/**
 * The "Back to …" link on a source page: where the reader followed "Show in the article" from,
 * named so they know where it leads. Only same-site paths count (safeReturnPath), so a crafted
 * `from` cannot send anyone to another site.
 */
import { safeReturnPath } from '../../links';
import type { Catalog } from '../content/catalog';

export interface BackLink {
	href: string;
	label: string;
}

/** @param from the `from` query parameter as given, or null */
export function backLink(catalog: Catalog, from: string | null): BackLink | null {
	const href = safeReturnPath(from);
	if (!href) return null;
	const path = new URL(href, 'https://x.invalid').pathname;
	const step = path.match(/^\/topics\/[^/]+\/explainers\/([^/]+)\/([^/]+)$/);
	if (step) {
		const x = catalog.explainerById.get(step[1]!);
		const s = x?.steps.find((t) => t.id === step[2]);
		if (s) return { href, label: `Back to the step “${s.title}”` };
	}
	const named: [RegExp, string][] = [
		[/^\/topics\/[^/]+\/quiz\/play$/, 'Back to your quiz question'],
		[/^\/topics\/[^/]+\/quiz\/result$/, 'Back to your quiz results'],
		[/^\/topics\/[^/]+\/timeline$/, 'Back to the timeline'],
		[/^\/topics\/[^/]+\/sources$/, 'Back to all sources'],
		[/^\/topics\/[^/]+\/who$/, "Back to who's who"],
		[/^\/play\//, 'Back to the live session'],
		[/^\/host\//, 'Back to your session']
	];
	const hit = named.find(([re]) => re.test(path));
	return { href, label: hit ? hit[1] : 'Back to where you were' };
}
