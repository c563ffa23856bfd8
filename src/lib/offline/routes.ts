/**
 * What the service worker (src/service-worker.ts) may do with each address of the app. Pure and
 * browser-safe, so the rules are unit-tested (tests/unit/offline-routes.test.ts) rather than
 * buried in the worker.
 *
 * - `reading`: a topic's reading pages (overview, explainer steps, sources, timeline, who's who)
 *   plus the home and progress pages. Network first; a copy is kept for offline reading.
 * - `quiz`: quizzes, checkpoints and printable sheets. Never kept: a quiz page carries its attempt,
 *   a result or printed attempt carries its keys, so a stale copy must never be served. Offline,
 *   the "quizzes need a connection" page answers instead.
 * - `live`: the classroom (join, play, teach, host). Never kept; offline, "live sessions need a
 *   connection".
 * - `bypass`: the worker does not touch it at all: the studio (/author), API routes (event
 *   streams), the topic manifests the worker fetches itself, and the worker's own script.
 * - `asset`: built and static files (`/_app/…`, `/explainer.js`, …): served from the precache.
 * - `other`: any other page: never kept; offline, a generic "needs a connection" page.
 */

export type RouteKind = 'reading' | 'quiz' | 'live' | 'bypass' | 'asset' | 'other';

export interface RouteInfo {
	kind: RouteKind;
	/** The topic the address belongs to (`/topics/<topic>/…`), or null. */
	topic: string | null;
	/**
	 * True for SvelteKit's client-side requests about a page: its data (`…/__data.json`) or which
	 * route it is (`…/__route.js`: the router resolves routes on the server, svelte.config.js).
	 */
	data: boolean;
}

/** Suffix SvelteKit adds to a page's path for its client-side data request. */
const DATA_SUFFIX = '/__data.json';
/** Suffix SvelteKit adds to a page's path to ask the server which route it is. */
const ROUTE_SUFFIX = '/__route.js';

/** True for SvelteKit's request for the route of a page (see RouteInfo.data). */
export const isRouteRequest = (pathname: string) => pathname.endsWith(ROUTE_SUFFIX);

/** Pages of a topic kept for offline reading, as path segments after `/topics/<topic>`. */
const READING_IN_TOPIC: RegExp[] = [
	/^$/,
	/^\/explainers\/[a-z0-9-]+(?:\/[a-z0-9-]+)?$/,
	/^\/sources(?:\/[a-z0-9-]+)?$/,
	/^\/timeline$/,
	/^\/who$/
];

/** Pages outside topics kept for offline reading: progress lives in this browser anyway. */
const READING_ELSEWHERE = new Set(['/', '/progress']);

const LIVE = /^\/(?:join|teach)(?:\/|$)|^\/(?:play|host)\//;

const TOPIC = /^\/topics\/([a-z0-9-]+)(\/.*)?$/;

/** The topic manifest the worker reads to precache a topic (src/routes/topics/[topic]/offline.json). */
export function manifestPath(topic: string): string {
	return `/topics/${topic}/offline.json`;
}

/** The topic whose manifest `pathname` is (the worker's "this topic is kept" mark), or null. */
export function topicOfManifest(pathname: string): string | null {
	return /^\/topics\/([a-z0-9-]+)\/offline\.json$/.exec(pathname)?.[1] ?? null;
}

/** Where the offline page for `kind` lives (src/routes/offline/[kind]); the worker precaches all three. */
export const OFFLINE_PAGES = {
	quiz: '/offline/quiz',
	live: '/offline/live',
	page: '/offline/page'
} as const;

/**
 * How the worker treats `pathname` (no query). `assets` is the set of built and static files the
 * worker precached (the `build` and `files` lists of `$service-worker`).
 */
export function routeOf(pathname: string, assets: ReadonlySet<string> = new Set()): RouteInfo {
	if (assets.has(pathname)) return { kind: 'asset', topic: null, data: false };
	const suffix = [DATA_SUFFIX, ROUTE_SUFFIX].find((s) => pathname.endsWith(s));
	const data = suffix !== undefined;
	const page = suffix ? pathname.slice(0, -suffix.length) || '/' : pathname;
	const info = (kind: RouteKind, topic: string | null = null): RouteInfo => ({ kind, topic, data });

	if (/^\/(?:author|api)(?:\/|$)/.test(page) || page === '/service-worker.js')
		return info('bypass');
	if (page.startsWith('/_app/')) return info('asset');
	if (READING_ELSEWHERE.has(page)) return info('reading');
	if (LIVE.test(page)) return info('live');

	const m = TOPIC.exec(page);
	if (!m) return info('other');
	const topic = m[1]!;
	const rest = m[2] ?? '';
	if (rest === '/offline.json') return info('bypass', topic);
	if (READING_IN_TOPIC.some((re) => re.test(rest))) return info('reading', topic);
	if (/^\/(?:quiz|print|pdf)(?:\/|$)/.test(rest)) return info('quiz', topic);
	return info('other', topic);
}

/** The offline page that answers, with no network, a page of kind `kind`. */
export function offlinePageFor(kind: RouteKind): string {
	if (kind === 'quiz') return OFFLINE_PAGES.quiz;
	if (kind === 'live') return OFFLINE_PAGES.live;
	return OFFLINE_PAGES.page;
}

/**
 * The address a kept copy of `url` is stored under, or null when this response is not kept: only
 * reading pages without a query (a `?fact=` highlight, a `?q=` filter or `?present` is shown from
 * the plain page's copy offline, so one copy per page is kept, not one per link).
 */
export function keptAs(url: URL, assets?: ReadonlySet<string>): string | null {
	const route = routeOf(url.pathname, assets);
	if (route.kind !== 'reading' || route.data || url.search) return null;
	return url.pathname;
}
