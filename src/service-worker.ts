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
 */
import { build, files, version } from '$service-worker';
import { keptAs, offlinePageFor, OFFLINE_PAGES, routeOf } from '$lib/offline/routes';
import type { RouteInfo } from '$lib/offline/routes';
import { tidyCaches } from '$lib/offline/tidy';
import { warmTopic, type WarmResult } from '$lib/offline/warm';

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

/** One warm per topic at a time; a finished one is forgotten, so a later visit checks again. */
const warming = new Map<string, Promise<WarmResult>>();

function warm(topic: string): Promise<WarmResult> {
	let job = warming.get(topic);
	if (!job) {
		job = caches
			.open(CACHE)
			.then((cache) =>
				warmTopic(topic, {
					cache,
					origin: sw.location.origin,
					fetch: (path) => fetch(path, { credentials: 'same-origin', cache: 'no-cache' })
				})
			)
			.finally(() => warming.delete(topic));
		warming.set(topic, job);
	}
	return job;
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

/** The offline page for a page of kind `kind`, with status 503, at the address the reader asked for. */
async function offline(kind: RouteInfo['kind']): Promise<Response> {
	const page = await caches.match(offlinePageFor(kind));
	if (!page) return new Response('Offline: this page needs a connection.', { status: 503 });
	return new Response(page.body, { status: 503, statusText: 'Offline', headers: page.headers });
}

/**
 * Answer to a client-side data request that cannot reach the server: a data node of type "error"
 * with no +error page to show makes Kit's router fall back to a full navigation, which this worker
 * then answers from the kept page or an offline page. (A plain network error would make Kit render
 * its bare error page instead.)
 */
function navigateInstead(): Response {
	const body = JSON.stringify({
		type: 'data',
		nodes: [{ type: 'error', status: 503, error: { message: 'Offline' } }]
	});
	return new Response(`${body}\n`, { headers: { 'content-type': 'application/json' } });
}

/** A kept copy of the page at `url` (any build's: an old cache goes only once its topics are kept again). */
async function keptCopy(url: URL): Promise<Response | undefined> {
	return caches.match(url.pathname);
}

async function readingPage(event: FetchEvent, url: URL): Promise<Response> {
	let res: Response;
	try {
		res = await fetch(event.request);
	} catch {
		return (await keptCopy(url)) ?? offline('page');
	}
	// A proxy's 502 while the app is down reads like no network: the kept copy is better.
	if (res.status >= 500) return (await keptCopy(url)) ?? res;
	const key = keptAs(url, ASSETS);
	if (key && res.ok && res.type === 'basic' && !res.redirected) {
		const copy = res.clone();
		event.waitUntil(caches.open(CACHE).then((c) => c.put(key, copy)));
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
			event.respondWith(fetch(request).catch(() => offline(kind)));
		}
		return;
	}

	if (route.kind === 'asset') {
		event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
		return;
	}
	if (route.data) {
		event.waitUntil(housekeeping(route.topic));
		event.respondWith(fetch(request).catch(navigateInstead));
		return;
	}
	if (request.mode !== 'navigate') return;

	event.waitUntil(housekeeping(route.topic));
	if (route.kind === 'reading') event.respondWith(readingPage(event, url));
	else event.respondWith(fetch(request).catch(() => offline(route.kind)));
});

// A page just loaded (static/offline.js): on the first visit it was not yet controlled, so its
// request never reached this worker; keep its topic now.
sw.addEventListener('message', (event) => {
	const source = event.source as Client | null;
	if (event.data !== 'sourced:loaded' || !source) return;
	event.waitUntil(housekeeping(routeOf(new URL(source.url).pathname, ASSETS).topic));
});
