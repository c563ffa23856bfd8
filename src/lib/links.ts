/**
 * Links into the stored articles, and the way back. Browser-safe: the server builds the links
 * (quoteHref) and the shared quote components add where the reader came from (withFrom), so
 * explainer steps, quiz feedback, the timeline and the classroom all get the same "Back to" link.
 */

/**
 * A page of topic `topic`: `topicHref('ozone-layer')` is its overview, `topicHref(t, '/quiz')`
 * its quizzes. Every topic page lives under /topics/<topic>/.
 */
export function topicHref(topic: string, path = ''): string {
	return `/topics/${topic}${path}`;
}

/**
 * Opens source `source` of topic `topic` with the n-th quote (1-based, per source) of fact
 * `factId` highlighted.
 */
export function quoteHref(topic: string, source: string, factId: string, n: number): string {
	return `${topicHref(topic, `/sources/${source}`)}?fact=${encodeURIComponent(factId)}#quote-${n}`;
}

/**
 * `href` with `from=<path>` added to its query (before any #fragment); `href` unchanged when
 * `from` is null or not a same-site path.
 */
export function withFrom(href: string, from: string | null | undefined): string {
	const back = safeReturnPath(from);
	if (!back) return href;
	const hash = href.indexOf('#');
	const [path, fragment] = hash < 0 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
	return `${path}${path.includes('?') ? '&' : '?'}from=${encodeURIComponent(back)}${fragment}`;
}

/**
 * The page a reader is on, as a path to come back to: path and query without SvelteKit's form
 * action keys ("?/check" is a POST target, not a page), plus an optional #fragment.
 */
export function returnPath(url: URL, fragment?: string): string {
	const query = new URLSearchParams(
		[...url.searchParams].filter(([key]) => !key.startsWith('/') && key !== 'from')
	).toString();
	return `${url.pathname}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}

/** Longest `from` accepted: a quiz link carries its signed attempt token. */
const MAX_RETURN_PATH = 2000;

/**
 * `raw` when it is a path on this site ("/topics/t/explainers/x/y?present#fact-z"), else null. Refuses
 * anything that a browser could resolve to another origin ("//evil", "/\\evil", "https:…",
 * control characters), so a crafted link can never send a reader off-site (no open redirect).
 */
export function safeReturnPath(raw: string | null | undefined): string | null {
	if (!raw || raw.length > MAX_RETURN_PATH) return null;
	if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
	if (/[\s\p{Cc}]/u.test(raw)) return null;
	try {
		const base = 'https://sourced.invalid';
		const url = new URL(raw, base);
		if (url.origin !== base) return null;
		return `${url.pathname}${url.search}${url.hash}`;
	} catch {
		return null;
	}
}
