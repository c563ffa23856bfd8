/**
 * The "Back to …" link on a source page: where the reader followed "Show in the article" from,
 * named so they know where it leads. Only same-site paths count (safeReturnPath), so a crafted
 * `from` cannot send anyone to another site.
 */
import { m } from '../../paraglide/messages.js';
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
		if (s) return { href, label: m.back_step({ title: s.title }) };
	}
	const named: [RegExp, () => string][] = [
		[/^\/topics\/[^/]+\/quiz\/play$/, m.back_quiz_question],
		[/^\/topics\/[^/]+\/quiz\/result$/, m.back_quiz_results],
		[/^\/topics\/[^/]+\/timeline$/, m.back_timeline],
		[/^\/topics\/[^/]+\/sources$/, m.back_sources],
		[/^\/topics\/[^/]+\/who$/, m.back_who],
		[/^\/play\//, m.back_live],
		[/^\/host\//, m.back_session]
	];
	const hit = named.find(([re]) => re.test(path));
	return { href, label: hit ? hit[1]() : m.back_where_you_were() };
}
