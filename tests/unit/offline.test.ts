/**
 * Offline reading (issue 12, item 4): which addresses the service worker keeps, which topic pages
 * it precaches, and how it keeps a topic (src/lib/offline/, src/lib/server/offline/).
 */
import { describe, expect, it } from 'vitest';
import { keyIn, localeOfKey, localeOfTag } from '../../src/lib/offline/locale';
import { parseManifest } from '../../src/lib/offline/manifest';
import {
	isRouteRequest,
	keptAs,
	manifestPath,
	offlinePageFor,
	OFFLINE_PAGES,
	routeOf,
	topicOfManifest
} from '../../src/lib/offline/routes';
import { tidyCaches } from '../../src/lib/offline/tidy';
import { REFRESH_AFTER_MS, warmTopic } from '../../src/lib/offline/warm';
import { readingPages } from '../../src/lib/server/offline/reading-pages';
import { catalog, TOPIC } from './topic';

const T = '/topics/us-venezuela-2019-2025';

describe('routeOf: what the worker may keep', () => {
	it.each([
		[T, 'reading'],
		[`${T}/explainers/caracas-visit-2022/who-went`, 'reading'],
		[`${T}/explainers/caracas-visit-2022`, 'reading'],
		[`${T}/sources`, 'reading'],
		[`${T}/sources/caracas-visit-2022-03`, 'reading'],
		[`${T}/timeline`, 'reading'],
		[`${T}/who`, 'reading'],
		['/', 'reading'],
		['/progress', 'reading'],
		[`${T}/quiz`, 'quiz'],
		[`${T}/quiz/play`, 'quiz'],
		[`${T}/quiz/result`, 'quiz'],
		[`${T}/quiz/result/print`, 'quiz'],
		[`${T}/print/bank/detainees`, 'quiz'],
		[`${T}/pdf/bank/detainees`, 'quiz'],
		['/join', 'live'],
		['/teach', 'live'],
		['/play/abc', 'live'],
		['/host/abc/report', 'live'],
		['/author', 'bypass'],
		[`/author/topics/x/print/bank/b`, 'bypass'],
		['/api/classroom/abc/events', 'bypass'],
		[`${T}/offline.json`, 'bypass'],
		['/service-worker.js', 'bypass'],
		['/_app/immutable/nodes/0.js', 'asset'],
		['/offline/quiz', 'other'],
		[`${T}/explainers/x/y/z`, 'other'],
		['/joined', 'other']
	])('%s is %s', (path, kind) => {
		expect(routeOf(path).kind).toBe(kind);
	});

	it('names the topic of topic pages only', () => {
		expect(routeOf(`${T}/who`).topic).toBe(TOPIC);
		expect(routeOf(`${T}/quiz/play`).topic).toBe(TOPIC);
		expect(routeOf('/progress').topic).toBeNull();
	});

	it('treats a client-side data request like its page', () => {
		expect(routeOf(`${T}/timeline/__data.json`)).toEqual({
			kind: 'reading',
			topic: TOPIC,
			data: true
		});
		expect(routeOf(`${T}/quiz/__data.json`).kind).toBe('quiz');
		expect(routeOf('/__data.json')).toEqual({ kind: 'reading', topic: null, data: true });
		expect(routeOf('/author/__data.json').kind).toBe('bypass');
	});

	it('treats a client-side route request (router resolution on the server) like its page', () => {
		expect(routeOf(`${T}/who/__route.js`)).toEqual({ kind: 'reading', topic: TOPIC, data: true });
		expect(routeOf('/__route.js')).toEqual({ kind: 'reading', topic: null, data: true });
		expect(routeOf(`${T}/quiz/__route.js`).kind).toBe('quiz');
		expect(routeOf('/author/topics/__route.js').kind).toBe('bypass');
		expect([isRouteRequest(`${T}/who/__route.js`), isRouteRequest(`${T}/who/__data.json`)]).toEqual(
			[true, false]
		);
		expect(keptAs(new URL(`http://app${T}/who/__route.js`))).toBeNull();
	});

	it('serves precached static files as assets', () => {
		expect(routeOf('/explainer.js', new Set(['/explainer.js'])).kind).toBe('asset');
		expect(routeOf('/explainer.js').kind).toBe('other');
	});

	it('keeps one copy per reading page, never a query variant, data or a quiz', () => {
		const u = (s: string) => new URL(s, 'http://x');
		expect(keptAs(u(`${T}/who`))).toBe(`${T}/who`);
		expect(keptAs(u(`${T}/who?q=maduro`))).toBeNull();
		expect(keptAs(u(`${T}/sources/a?fact=f&from=/x#quote-1`))).toBeNull();
		expect(keptAs(u(`${T}/who/__data.json`))).toBeNull();
		expect(keptAs(u(`${T}/quiz/play?t=abc`))).toBeNull();
		expect(keptAs(u(`${T}/quiz`))).toBeNull();
		expect(keptAs(u('/join'))).toBeNull();
	});

	it('picks the offline page by kind', () => {
		expect(offlinePageFor('quiz')).toBe(OFFLINE_PAGES.quiz);
		expect(offlinePageFor('live')).toBe(OFFLINE_PAGES.live);
		expect(offlinePageFor('reading')).toBe(OFFLINE_PAGES.page);
		expect(offlinePageFor('other')).toBe(OFFLINE_PAGES.page);
	});

	it('reads the topic back from a manifest address', () => {
		expect(topicOfManifest(manifestPath(TOPIC))).toBe(TOPIC);
		expect(topicOfManifest(`${T}/who`)).toBeNull();
	});
});

describe('offline copies per language', () => {
	it('reads the interface locale from a page’s lang or Content-Language', () => {
		expect(localeOfTag('en-GB')).toBe('en');
		expect(localeOfTag('es')).toBe('es');
		expect(localeOfTag('ES-mx')).toBe('es');
		expect(localeOfTag('de-DE')).toBeNull();
		expect(localeOfTag('')).toBeNull();
		expect(localeOfTag(null)).toBeNull();
	});

	it('keeps each language’s copy of a page under its own key, with the page’s own pathname', () => {
		const en = new URL(keyIn(`${T}/who`, 'en'), 'http://app');
		const es = new URL(keyIn(`${T}/who`, 'es'), 'http://app');
		expect(en.href).not.toBe(es.href);
		expect([en.pathname, es.pathname]).toEqual([`${T}/who`, `${T}/who`]);
		expect([localeOfKey(en), localeOfKey(es)]).toEqual(['en', 'es']);
		expect(topicOfManifest(new URL(keyIn(manifestPath(TOPIC), 'es'), 'http://app').pathname)).toBe(
			TOPIC
		);
		// A copy kept before copies had a language names none.
		expect(localeOfKey(new URL(`${T}/who`, 'http://app'))).toBeNull();
	});
});

describe('readingPages: what a topic keeps offline', () => {
	const m = readingPages(TOPIC, catalog);

	it('lists every explainer step, every source, the timeline, who and the overview', () => {
		for (const x of catalog.explainers) {
			for (const s of x.steps) expect(m.pages).toContain(`${T}/explainers/${x.id}/${s.id}`);
		}
		for (const s of catalog.sources) expect(m.pages).toContain(`${T}/sources/${s.id}`);
		for (const p of [T, `${T}/sources`, `${T}/timeline`, `${T}/who`, '/', '/progress']) {
			expect(m.pages).toContain(p);
		}
		const steps = catalog.explainers.reduce((n, x) => n + x.steps.length, 0);
		expect(m.pages).toHaveLength(steps + catalog.sources.length + 6);
	});

	it('lists only pages the worker may keep: no quiz, no live session', () => {
		for (const p of m.pages) expect(routeOf(p).kind, p).toBe('reading');
		expect(parseManifest(JSON.parse(JSON.stringify(m)), TOPIC)).toEqual(m);
	});

	it("sends an explainer's own address to its first step", () => {
		for (const x of catalog.explainers) {
			expect(m.redirects[`${T}/explainers/${x.id}`]).toBe(
				`${T}/explainers/${x.id}/${x.steps[0]!.id}`
			);
		}
	});
});

describe('parseManifest', () => {
	it('drops anything that is not a reading page of this app', () => {
		const parsed = parseManifest(
			{
				topic: TOPIC,
				pages: [
					`${T}/who`,
					`${T}/quiz/play`,
					'/join',
					'https://evil.example/',
					'//evil',
					`${T}/who?q=x`,
					7,
					`${T}/who`
				],
				redirects: {
					[`${T}/explainers/a`]: `${T}/quiz`,
					[`${T}/explainers/b`]: `${T}/explainers/b/c`
				}
			},
			TOPIC
		);
		expect(parsed).toEqual({
			topic: TOPIC,
			pages: [`${T}/who`],
			redirects: { [`${T}/explainers/b`]: `${T}/explainers/b/c` }
		});
	});

	it('refuses another topic or a non-manifest', () => {
		expect(parseManifest({ topic: 'other', pages: [] }, TOPIC)).toBeNull();
		expect(parseManifest('nope', TOPIC)).toBeNull();
		expect(parseManifest(null, TOPIC)).toBeNull();
	});
});

interface Manifest {
	topic: string;
	pages: string[];
	redirects: Record<string, string>;
}

/** A Cache stand-in (a Map of path → Response) and a server that answers from `pages`. */
function setup(
	pages: Record<string, Response | (() => Response)>,
	manifest: Manifest = {
		topic: TOPIC,
		pages: [`${T}/who`, `${T}/timeline`],
		redirects: { [`${T}/explainers/x`]: `${T}/explainers/x/one` }
	}
) {
	const store = new Map<string, Response>();
	const fetched: string[] = [];
	const cache = {
		match: async (path: RequestInfo | URL) => store.get(String(path))?.clone(),
		put: async (path: RequestInfo | URL, res: Response) => void store.set(String(path), res)
	};
	const fetch = async (path: string) => {
		fetched.push(path);
		if (path === manifestPath(TOPIC)) return Response.json(manifest);
		const page = pages[path];
		if (!page) throw new TypeError('Failed to fetch');
		return typeof page === 'function' ? page() : page.clone();
	};
	return { store, fetched, deps: { cache, fetch, origin: 'http://app' } };
}

const html = (body: string) =>
	new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' } });

describe('warmTopic', () => {
	it('keeps every page, the redirects, then the manifest as the mark', async () => {
		const { store, deps } = setup({ [`${T}/who`]: html('who'), [`${T}/timeline`]: html('tl') });
		expect(await warmTopic(TOPIC, deps)).toBe('kept');
		expect(await store.get(`${T}/who`)!.text()).toBe('who');
		expect(await store.get(`${T}/timeline`)!.text()).toBe('tl');
		const redirect = store.get(`${T}/explainers/x`)!;
		expect(redirect.status).toBe(307);
		expect(redirect.headers.get('location')).toBe(`http://app${T}/explainers/x/one`);
		expect(store.has(manifestPath(TOPIC))).toBe(true);
	});

	it('sets no mark when a page fails, so the next visit tries again', async () => {
		const { store, deps } = setup({ [`${T}/who`]: html('who') });
		expect(await warmTopic(TOPIC, deps)).toBe('failed');
		expect(store.has(manifestPath(TOPIC))).toBe(false);
		expect(store.has(`${T}/who`)).toBe(true);
	});

	it('keeps no error page, redirect or non-page as a page', async () => {
		const { store, deps } = setup({
			[`${T}/who`]: new Response('gone', { status: 404, headers: { 'content-type': 'text/html' } }),
			[`${T}/timeline`]: Response.json({ not: 'a page' })
		});
		expect(await warmTopic(TOPIC, deps)).toBe('failed');
		expect(store.has(`${T}/who`)).toBe(false);
		expect(store.has(`${T}/timeline`)).toBe(false);
	});

	it('does nothing while the topic is freshly kept, and refreshes it after a day', async () => {
		let now = 1_000_000;
		let version = 1;
		const page = () => html(`who ${version}`);
		const { store, fetched, deps } = setup({ [`${T}/who`]: page, [`${T}/timeline`]: page });
		const d = { ...deps, now: () => now };
		expect(await warmTopic(TOPIC, d)).toBe('kept');
		const before = fetched.length;
		version = 2;
		now += REFRESH_AFTER_MS - 1;
		expect(await warmTopic(TOPIC, d)).toBe('fresh');
		expect(fetched).toHaveLength(before);
		now += 2;
		expect(await warmTopic(TOPIC, d)).toBe('kept');
		expect(await store.get(`${T}/who`)!.text()).toBe('who 2');
	});

	it('skips pages already kept by a visit, when keeping a topic for the first time', async () => {
		const { store, fetched, deps } = setup({
			[`${T}/who`]: html('new'),
			[`${T}/timeline`]: html('tl')
		});
		store.set(`${T}/who`, html('visited'));
		expect(await warmTopic(TOPIC, deps)).toBe('kept');
		expect(fetched).not.toContain(`${T}/who`);
		expect(await store.get(`${T}/who`)!.text()).toBe('visited');
	});

	it('never fetches what a hostile manifest lists outside the reading pages', async () => {
		const { fetched, deps } = setup(
			{ [`${T}/who`]: html('who') },
			{ topic: TOPIC, pages: [`${T}/who`, `${T}/quiz/play`, '/join'], redirects: {} }
		);
		expect(await warmTopic(TOPIC, deps)).toBe('kept');
		expect(fetched).toEqual([manifestPath(TOPIC), `${T}/who`]);
	});

	it('fails quietly when the network is down', async () => {
		const deps = {
			cache: { match: async () => undefined, put: async () => {} },
			fetch: async () => {
				throw new TypeError('Failed to fetch');
			},
			origin: 'http://app'
		};
		expect(await warmTopic(TOPIC, deps)).toBe('failed');
	});
});

describe('tidyCaches: after a new build', () => {
	/** A CacheStorage stand-in: cache name → the paths it holds. */
	function storage(content: Record<string, string[]>) {
		const names = new Map(Object.entries(content));
		return {
			names,
			caches: {
				keys: async () => [...names.keys()],
				open: async (name: string) =>
					({
						keys: async () => (names.get(name) ?? []).map((p) => new Request(`http://app${p}`))
					}) as unknown as Cache,
				delete: async (name: string) => names.delete(name)
			}
		};
	}

	it('keeps the old cache’s topics again, then deletes it; other apps’ caches are left alone', async () => {
		const { names, caches } = storage({
			'sourced-1': [manifestPath('a'), `${T}/who`, manifestPath('b')],
			'sourced-2': [],
			'other-app': [manifestPath('c')]
		});
		const warmed: string[] = [];
		const deleted = await tidyCaches({
			caches,
			current: 'sourced-2',
			prefix: 'sourced-',
			warm: async (t) => (warmed.push(t), 'kept')
		});
		expect(warmed).toEqual(['a', 'b']);
		expect(deleted).toEqual(['sourced-1']);
		expect([...names.keys()]).toEqual(['sourced-2', 'other-app']);
	});

	it('keeps an old cache whose topics could not all be kept again (offline)', async () => {
		const { names, caches } = storage({
			'sourced-1': [manifestPath('a'), manifestPath('b')],
			'sourced-2': []
		});
		const warmed: string[] = [];
		const deleted = await tidyCaches({
			caches,
			current: 'sourced-2',
			prefix: 'sourced-',
			warm: async (t) => (warmed.push(t), t === 'a' ? 'failed' : 'fresh')
		});
		expect(warmed).toEqual(['a', 'b']);
		expect(deleted).toEqual([]);
		expect(names.has('sourced-1')).toBe(true);
	});
});
