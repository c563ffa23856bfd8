/**
 * Keeping a topic for offline reading: fetch its manifest (/topics/<topic>/offline.json), then
 * every page it lists, into the worker's cache; the manifest itself is stored last, as the mark
 * that the whole topic is kept. The cache and fetch are passed in, so this runs (and is tested) the
 * same in Node as in the service worker.
 */
import { parseManifest } from './manifest';
import { manifestPath } from './routes';

/** What warmTopic needs from the worker: its cache, its fetch and its origin. */
export interface WarmDeps {
	/** Where pages are kept, by path (the worker's cache, or a view of it keyed by language). */
	cache: {
		match(path: string): Promise<Response | undefined>;
		put(path: string, response: Response): Promise<void>;
	};
	fetch: (path: string) => Promise<Response>;
	/** The app's origin (`https://host`), to make the redirects' absolute targets. */
	origin: string;
	/** ms since 1970; `Date.now` unless a test fixes it. */
	now?: () => number;
}

/**
 * After this long (ms) a visit refreshes every kept page of the topic: content can change without
 * a new build (the studio), and a new build starts a new cache anyway.
 */
export const REFRESH_AFTER_MS = 24 * 60 * 60 * 1000;

/** Header of the stored manifest: when the topic was last kept whole (ms since 1970). */
const KEPT_AT = 'x-sourced-kept-at';

/** Pages fetched at once: a classroom laptop serves thirty phones, so a gentle background pace. */
const AT_ONCE = 3;

/**
 * `fresh`: the topic was already kept (and is younger than REFRESH_AFTER_MS); `kept`: every page
 * is now kept; `failed`: some page (or the manifest) could not be fetched or was not a page: no
 * mark is stored, so the next visit tries again, and the pages that did arrive stay kept.
 */
export type WarmResult = 'fresh' | 'kept' | 'failed';

const isPage = (res: Response) =>
	res.ok && !res.redirected && (res.headers.get('content-type') ?? '').startsWith('text/html');

/** Keeps every reading page of topic `topic` in `deps.cache` (see WarmResult). Never throws. */
export async function warmTopic(topic: string, deps: WarmDeps): Promise<WarmResult> {
	const now = deps.now ?? Date.now;
	const mark = manifestPath(topic);
	try {
		const kept = await deps.cache.match(mark);
		const keptAt = Number(kept?.headers.get(KEPT_AT));
		const refresh = !!kept && !(now() - keptAt < REFRESH_AFTER_MS);
		if (kept && !refresh) return 'fresh';

		const res = await deps.fetch(mark);
		if (!res.ok) return 'failed';
		const text = await res.text();
		const manifest = parseManifest(JSON.parse(text), topic);
		if (!manifest) return 'failed';

		let failed = false;
		const queue = [...manifest.pages];
		const worker = async () => {
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				if (!refresh && (await deps.cache.match(path))) continue;
				try {
					const page = await deps.fetch(path);
					if (isPage(page)) await deps.cache.put(path, page);
					else failed = true;
				} catch {
					failed = true;
				}
			}
		};
		await Promise.all(Array.from({ length: AT_ONCE }, worker));
		for (const [from, to] of Object.entries(manifest.redirects)) {
			await deps.cache.put(from, Response.redirect(new URL(to, deps.origin).href, 307));
		}
		if (failed) return 'failed';
		const headers = { 'content-type': 'application/json', [KEPT_AT]: String(now()) };
		await deps.cache.put(mark, new Response(text, { headers }));
		return 'kept';
	} catch {
		return 'failed';
	}
}
