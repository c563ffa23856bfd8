/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline reading (issue 12, item 4). Registered by /offline.js (static/), not by Kit, because
 * Kit registers only from pages that run its client, and explainer steps run none.
 *
 * - Built and static files are precached at install, in a cache named after the build (`version`).
 * - A topic's reading pages (src/lib/offline/routes.ts) are network-first and kept; the first visit
 *   to any page of a topic keeps all of them in the background (src/lib/offline/warm.ts).
 * - Quizzes, live sessions, the studio, API routes and every POST are never kept; with no network a
 *   page says plainly that it needs a connection (/offline/<kind>) instead of the browser's error.
 * - A new build's worker re-keeps the topics the old cache held, then deletes the old cache.
 * - Copies are kept per interface language (src/lib/offline/locale.ts) and shown offline in the
 *   language the reader last read in; when that changes (the switch), the kept topics and the
 *   offline pages are kept again in the new language.
 */
import { build, files, version } from '$service-worker';
import { keyIn, localeOfTag, type Locale } from '$lib/offline/locale';
import {
	isRouteRequest,
	keptAs,
	offlinePageFor,
	OFFLINE_PAGES,
	routeOf,
	topicOfManifest
} from '$lib/offline/routes';
import type { RouteInfo } from '$lib/offline/routes';
import { tidyCaches } from '$lib/offline/tidy';
import { warmTopic, type WarmDeps, type WarmResult } from '$lib/offline/warm';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'sourced-';
const CACHE = `${PREFIX}${version}`;
const ASSETS = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...ASSETS, ...Object.values(OFFLINE_PAGES)]))
			.then(() => sw.skipWaiting())
	);
});

// Kept short: fetches wait while the worker activates. Old caches are tidied on the next event.
sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

/** Where the reader's language is kept: the browser stops an idle worker, and its variables. */
const LOCALE_KEY = '/.sourced/reader-locale';
/** The interface language the reader last read a page in; null until a page said. */
let readerLocale: Locale | null = null;

async function currentLocale(): Promise<Locale | null> {
	if (readerLocale) return readerLocale;
	const kept = await caches.match(LOCALE_KEY);
	return (readerLocale ??= localeOfTag(kept ? await kept.text() : null));
}

/** The language a response of the app is in (its Content-Language, set in hooks.server.ts). */
const localeOf = (res: Response | undefined) => localeOfTag(res?.headers.get('content-language'));

/**
 * A fetch for keeping pages in `locale`: a page that comes back in another language (the reader
 * switched again meanwhile) fails, so it is not kept as this language's copy.
 */
async function fetchIn(path: string, locale: Locale): Promise<Response> {
	const res = await fetch(path, { credentials: 'same-origin', cache: 'no-cache' });
	const lang = res.headers.get('content-language');
	if (lang && localeOfTag(lang) !== locale) throw new Error(`${path} came in ${lang}`);
	return res;
}

/** This build's cache, seen through the keys of one language. */
async function cacheIn(locale: Locale): Promise<WarmDeps['cache']> {
	const cache = await caches.open(CACHE);
	return {
		match: (path) => cache.match(keyIn(path, locale)),
		put: (path, res) => cache.put(keyIn(path, locale), res)
	};
}

/** One warm per topic and language at a time; a finished one is forgotten, so a later visit checks again. */
const warming = new Map<string, Promise<WarmResult>>();

async function warm(topic: string): Promise<WarmResult> {
	const locale = await currentLocale();
	if (!locale) return 'failed';
	const id = `${locale} ${topic}`;
	let job = warming.get(id);
	if (!job) {
		job = cacheIn(locale)
			.then((cache) =>
				warmTopic(topic, {
					cache,
					origin: sw.location.origin,
					fetch: (path) => fetchIn(path, locale)
				})
			)
			.finally(() => warming.delete(id));
		warming.set(id, job);
	}
	return job;
}

/**
 * A page in `locale` was read. When that is another language than before, offline copies follow
 * it: the offline pages and every topic kept so far (in any language) are kept in it too.
 */
async function readIn(locale: Locale | null): Promise<unknown> {
	if (!locale || locale === (await currentLocale())) return;
	readerLocale = locale;
	const cache = await caches.open(CACHE);
	await cache.put(LOCALE_KEY, new Response(locale));
	const topics = new Set<string>();
	for (const r of await cache.keys()) {
		const topic = topicOfManifest(new URL(r.url).pathname);
		if (topic) topics.add(topic);
	}
	const inLocale = await cacheIn(locale);
	const offlinePages = Object.values(OFFLINE_PAGES).map(async (path) => {
		const page = await fetchIn(path, locale).catch(() => null);
		if (page?.ok) await inLocale.put(path, page);
	});
	return Promise.all([...offlinePages, ...[...topics].map(warm)]);
}

let tidying: Promise<unknown> | null = null;

/** Older builds' caches: their topics kept again here, then deleted (src/lib/offline/tidy.ts). */
function tidy(): Promise<unknown> {
	tidying ??= tidyCaches({ caches, current: CACHE, prefix: PREFIX, warm }).finally(
		() => (tidying = null)
	);
	return tidying;
}

/** In the background, after a page of `topic` was asked for: keep the topic, tidy old caches. */
function housekeeping(topic: string | null): Promise<unknown> {
	return Promise.all([tidy(), topic ? warm(topic) : null]);
}

/**
 * A kept copy of `path` in the reader's language (any build's: an old cache goes only once its
 * topics are kept again), else one kept by a build before copies had a language.
 */
async function keptCopy(path: string): Promise<Response | undefined> {
	const locale = await currentLocale();
	return (locale && (await caches.match(keyIn(path, locale)))) || caches.match(path);
}

/** The offline page for a page of kind `kind`, with status 503, at the address the reader asked for. */
async function offline(kind: RouteInfo['kind']): Promise<Response> {
	const page = await keptCopy(offlinePageFor(kind));
	if (!page) return new Response('Offline: this page needs a connection.', { status: 503 });
	return new Response(page.body, { status: 503, statusText: 'Offline', headers: page.headers });
}

/**
 * Answer to a client-side request that cannot reach the server, so that Kit's router falls back
 * to a full navigation, which this worker then answers from the kept page or an offline page:
 * for a route request (`…/__route.js`), a module naming no route; for a data request, a data
 * node of type "error" with no +error page to show. (A plain network error would leave a link
 * dead, or make Kit render its bare error page.)
 */
function navigateInstead(url: URL): Response {
	if (isRouteRequest(url.pathname)) {
		const body = 'export const route = null;\nexport const params = {};\n';
		return new Response(body, { headers: { 'content-type': 'text/javascript' } });
	}
	const body = JSON.stringify({
		type: 'data',
		nodes: [{ type: 'error', status: 503, error: { message: 'Offline' } }]
	});
	return new Response(`${body}\n`, { headers: { 'content-type': 'application/json' } });
}

async function readingPage(event: FetchEvent, url: URL): Promise<Response> {
	let res: Response;
	try {
		res = await fetch(event.request);
	} catch {
		return (await keptCopy(url.pathname)) ?? offline('page');
	}
	// A proxy's 502 while the app is down reads like no network: the kept copy is better.
	if (res.status >= 500) return (await keptCopy(url.pathname)) ?? res;
	const key = keptAs(url, ASSETS);
	const locale = localeOf(res);
	if (key && locale && res.ok && res.type === 'basic' && !res.redirected) {
		const copy = res.clone();
		event.waitUntil(cacheIn(locale).then((c) => c.put(key, copy)));
	}
	return res;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	const route = routeOf(url.pathname, ASSETS);
	if (route.kind === 'bypass') return;

	if (request.method !== 'GET') {
		// Never kept. A form posted with no network (a checkpoint, a quiz answer, joining) gets the
		// page that says it needs a connection; background posts (quiz.js) fail as they would.
		if (request.mode === 'navigate') {
			const kind = route.kind === 'reading' ? 'quiz' : route.kind;
			const res = fetch(request).catch(() => offline(kind));
			event.respondWith(res);
			// The language switch is such a post: the page it returns to is in the new language.
			event.waitUntil(res.then((r) => readIn(localeOf(r))));
		}
		return;
	}

	if (route.kind === 'asset') {
		event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
		return;
	}
	if (route.data) {
		event.waitUntil(housekeeping(route.topic));
		event.respondWith(fetch(request).catch(() => navigateInstead(url)));
		return;
	}
	if (request.mode !== 'navigate') return;

	const res =
		route.kind === 'reading'
			? readingPage(event, url)
			: fetch(request).catch(() => offline(route.kind));
	event.respondWith(res);
	// Its language first: the topic is kept in the language the reader reads it in.
	event.waitUntil(res.then((r) => readIn(localeOf(r))).then(() => housekeeping(route.topic)));
});

// A page just loaded (static/offline.js), with its `<html lang>`: on the first visit it was not yet
// controlled, so its request never reached this worker; note its language, keep its topic now.
sw.addEventListener('message', (event) => {
	const source = event.source as Client | null;
	const data = event.data as { type?: unknown; lang?: unknown } | null;
	if (data?.type !== 'sourced:loaded' || !source) return;
	const topic = routeOf(new URL(source.url).pathname, ASSETS).topic;
	const lang = typeof data.lang === 'string' ? data.lang : null;
	event.waitUntil(readIn(localeOfTag(lang)).then(() => housekeeping(topic)));
});
