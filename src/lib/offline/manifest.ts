/**
 * A topic's offline manifest: what the service worker fetches and keeps so that the topic's
 * reading pages open with no network after one visit. The server builds it
 * (src/lib/server/offline/reading-pages.ts, served at /topics/<topic>/offline.json); the worker
 * reads it back with `parseManifest`, which keeps only addresses the worker may keep.
 */
import { routeOf } from './routes';

export interface OfflineManifest {
	topic: string;
	/** Paths (no query) of the pages to keep: every one is a `reading` route (routes.ts). */
	pages: string[];
	/**
	 * Addresses that only redirect, and where to: `/topics/t/explainers/x` leads to the explainer's
	 * first step, and the topic page links there, so offline it must lead there too.
	 */
	redirects: Record<string, string>;
}

const isReading = (path: string) =>
	path.startsWith('/') && !path.includes('?') && routeOf(path).kind === 'reading';

/**
 * `value` (the parsed JSON of a manifest) as a manifest of topic `topic`, with any page or
 * redirect that is not a reading page of this app dropped (a manifest can never make the worker
 * keep a quiz, a live session or another site's page). Null when it is not a manifest at all.
 */
export function parseManifest(value: unknown, topic: string): OfflineManifest | null {
	if (!value || typeof value !== 'object') return null;
	const v = value as Partial<Record<keyof OfflineManifest, unknown>>;
	if (v.topic !== topic || !Array.isArray(v.pages)) return null;
	const pages = v.pages.filter((p): p is string => typeof p === 'string' && isReading(p));
	const redirects: Record<string, string> = {};
	if (v.redirects && typeof v.redirects === 'object') {
		for (const [from, to] of Object.entries(v.redirects)) {
			if (typeof to === 'string' && isReading(from) && isReading(to)) redirects[from] = to;
		}
	}
	return { topic, pages: [...new Set(pages)], redirects };
}
